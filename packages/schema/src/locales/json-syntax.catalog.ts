/**
 * The messages that explain a JSON syntax error in a form file: every key and its parameters. Only
 * a file that does not parse needs them (../json/parse.ts, loaded lazily). Wording in
 * ./json-syntax.zh.ts and ./json-syntax.en.ts.
 */

/** What a full-width character stands for. */
export type FullWidthKind = "comma" | "colon" | "doubleQuote" | "singleQuote" | "openBracket" | "closeBracket" | "openBrace" | "closeBrace" | "space";
/** The ASCII character meant; a quote means the double quote JSON wants. */
export const fullWidthAscii: Readonly<Record<FullWidthKind, string>> = {
  comma: ",", colon: ":", doubleQuote: '"', singleQuote: '"', openBracket: "[", closeBracket: "]", openBrace: "{", closeBrace: "}", space: " ",
};

export interface JsonSyntaxCatalog {
  readonly jsonSyntax: (p: { detail: string }) => string;
  readonly jsonTrailingComma: () => string;
  readonly jsonComment: () => string;
  /** A full-width character typed on a Chinese keyboard where JSON wants its ASCII twin. */
  readonly jsonFullWidth: (p: { found: string; kind: FullWidthKind }) => string;
  readonly jsonCommaMissing: () => string;
  readonly jsonColonMissing: () => string;
  readonly jsonDoubleComma: () => string;
  readonly jsonValueMissing: () => string;
  readonly jsonKeyMissing: () => string;
  readonly jsonEmpty: () => string;
  readonly jsonUnclosedString: () => string;
  readonly jsonSingleQuote: () => string;
  readonly jsonInvalidSymbol: (p: { found: string }) => string;
  readonly jsonBracketMismatch: (p: { found: string }) => string;
  readonly jsonCloseMissing: (p: { missing: string }) => string;
  readonly jsonAfterEnd: () => string;
  readonly jsonBadNumber: () => string;
  readonly jsonBadEscape: () => string;
  readonly jsonControlCharacter: () => string;
  readonly jsonDuplicateKey: (p: { key: string }) => string;
  readonly jsonTooDeep: (p: { limit: number }) => string;
}
