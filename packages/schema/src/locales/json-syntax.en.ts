/** English explanations of a JSON syntax error in a form file. */
import { fullWidthAscii, type FullWidthKind, type JsonSyntaxCatalog } from "./json-syntax.catalog.js";

const fullWidthNames: Record<FullWidthKind, string> = {
  comma: "comma", colon: "colon", doubleQuote: "double quote", singleQuote: "quote", openBracket: "bracket", closeBracket: "bracket",
  openBrace: "brace", closeBrace: "brace", space: "space",
};

export const jsonSyntaxEn: JsonSyntaxCatalog = {
  jsonSyntax: (p) => `JSON syntax error: ${p.detail}`,
  jsonTrailingComma: () => "Trailing comma: JSON allows no comma after the last item",
  jsonComment: () => "Comments are not allowed in JSON form files; use a \"$comment\" key instead",
  /** A full-width character typed on a Chinese keyboard where JSON wants its ASCII twin. */
  jsonFullWidth: (p) =>
    p.kind === "space"
      ? "A full-width space (U+3000) is used here; replace it with an ordinary space or delete it"
      : `A full-width ${fullWidthNames[p.kind]} "${p.found}" is used here; type the ASCII ${fullWidthNames[p.kind]} ${fullWidthAscii[p.kind]} instead`,
  jsonCommaMissing: () => "A comma is missing here: items and key-value pairs are separated by commas ,",
  jsonColonMissing: () => "A colon is missing here: a key and its value are separated by a colon :",
  jsonDoubleComma: () => "One comma too many here: delete it",
  jsonValueMissing: () => "A value is missing here (a number, a text in double quotes, true/false, [ ] or { })",
  jsonKeyMissing: () => "A key in double quotes is expected here, such as \"points\"",
  jsonEmpty: () => "The file is empty: it must hold one JSON object { … }",
  jsonUnclosedString: () => "This text is not closed: the closing double quote \" is missing (a text cannot run over a line break)",
  jsonSingleQuote: () => "Texts and keys need double quotes \" in JSON, not single quotes '",
  jsonInvalidSymbol: (p) => `JSON does not know the character "${p.found}" here; texts must be in double quotes`,
  jsonBracketMismatch: (p) =>
    `"${p.found}" does not close the bracket opened last: a ] or } is missing or one too many before it`,
  jsonCloseMissing: (p) => `The file ends before the closing ${p.missing}: a ${p.missing} is missing`,
  jsonAfterEnd: () => "The file should end here: there is text after the last closing } (often one } or ] too many)",
  jsonBadNumber: () => "This number is not written as JSON wants: digits with an optional . and no leading 0, no thousands separators, no %",
  jsonBadEscape: () => "A backslash \\ here starts no valid escape; write a backslash in a text as \\\\",
  jsonControlCharacter: () => "A text contains a line break or tab typed directly; write it as \\n or \\t",
  jsonDuplicateKey: (p) => `Key "${p.key}" appears twice in the same object`,
  jsonTooDeep: (p) => `Nested deeper than ${p.limit} levels of objects and arrays`,
};
