/**
 * The messages of @cluster-form/schema: every key and its parameters. The wording is in
 * ./zh.ts and ./en.ts, which import only this file.
 */

/** What a full-width character stands for. */
export type FullWidthKind = "comma" | "colon" | "doubleQuote" | "singleQuote" | "openBracket" | "closeBracket" | "openBrace" | "closeBrace" | "space";
/** The ASCII character meant; a quote means the double quote JSON wants. */
export const fullWidthAscii: Readonly<Record<FullWidthKind, string>> = {
  comma: ",", colon: ":", doubleQuote: '"', singleQuote: '"', openBracket: "[", closeBracket: "]", openBrace: "{", closeBrace: "}", space: " ",
};

export type DataTypeName = "number" | "integer" | "string" | "boolean" | "array" | "object" | "null";
export type DataRuleKind = "notAllowed" | "oneOf" | "anyOf" | "contains" | "other";

/** A catalog gives, for every key, the message in one language. */
export interface MessageCatalog {
  // reading files
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
  readonly fileMissing: (p: { path: string }) => string;
  readonly fileUnreadable: (p: { path: string; detail: string }) => string;
  readonly fileOutsideForm: (p: { path: string }) => string;
  readonly fileNotObject: () => string;
  readonly pathUnsafe: (p: { path: string }) => string;
  // meta-schema validation
  readonly metaRequired: (p: { key: string }) => string;
  readonly metaUnknownKey: (p: { key: string; allowed: string }) => string;
  readonly metaUnknownKeySuggest: (p: { key: string; suggestion: string }) => string;
  readonly metaEnumSuggest: (p: { allowed: string; suggestion: string }) => string;
  readonly metaType: (p: { expected: string }) => string;
  readonly metaConst: (p: { expected: string }) => string;
  readonly metaEnum: (p: { allowed: string }) => string;
  readonly metaPattern: (p: { pattern: string }) => string;
  readonly metaFormat: (p: { format: string }) => string;
  readonly metaRange: (p: { comparison: string; limit: string }) => string;
  readonly metaLength: (p: { comparison: string; limit: string }) => string;
  readonly metaItems: (p: { comparison: string; limit: string }) => string;
  readonly metaUnique: () => string;
  readonly metaOneOfBranch: () => string;
  readonly metaAnyOf: () => string;
  readonly metaTitleRequired: () => string;
  readonly metaMaxLengthRequired: () => string;
  readonly metaMaxItemsRequired: () => string;
  readonly metaOther: (p: { detail: string }) => string;
  // references between files
  readonly refDangling: (p: { ref: string }) => string;
  readonly refNotShared: (p: { ref: string; file: string }) => string;
  readonly refExternal: (p: { ref: string }) => string;
  readonly refCycle: (p: { ref: string }) => string;
  readonly refTooLarge: (p: { ref: string; max: number }) => string;
  readonly partMismatch: (p: { found: string; expected: string }) => string;
  readonly duplicateId: (p: { kind: string; id: string; first: string }) => string;
  readonly fieldUnknown: (p: { field: string; part: string }) => string;
  readonly fieldNotArray: (p: { field: string }) => string;
  readonly fieldNotObject: (p: { field: string }) => string;
  readonly columnUnknown: (p: { key: string; field: string }) => string;
  readonly partNoSchema: (p: { part: string }) => string;
  readonly criterionUnknown: (p: { id: string; part: string }) => string;
  readonly criteriaWithoutRules: (p: { part: string }) => string;
  readonly partUnknown: (p: { id: string }) => string;
  readonly roleUnknown: (p: { id: string }) => string;
  readonly scoreColumnUnknown: (p: { id: string }) => string;
  readonly computedUnknown: (p: { id: string }) => string;
  readonly sheetColumnUnknown: (p: { id: string }) => string;
  readonly partNotObject: (p: { part: string }) => string;
  readonly patternUnexplained: () => string;
  readonly patternUnsafe: (p: { pattern: string }) => string;
  readonly patternUnproven: (p: { pattern: string; steps: number }) => string;
  readonly metaUncheckable: () => string;
  readonly submissionUncheckable: (p: { pointer: string }) => string;
  readonly requiredUnknown: (p: { name: string }) => string;
  readonly fieldNotShown: (p: { field: string; part: string }) => string;
  readonly rowLabel: (p: { table: string; row: number }) => string;
  readonly editForbidden: (p: { label: string; role: string; editors: readonly string[] }) => string;
  // submissions
  readonly schemaUncompilable: (p: { detail: string }) => string;
  readonly submissionTooLarge: (p: { limit: string }) => string;
  readonly submissionTooDeep: (p: { limit: string }) => string;
  readonly submissionNotObject: () => string;
  readonly submissionTooManyRows: (p: { label: string; rows: string; max: string }) => string;
  readonly submissionWrongForm: (p: { found: string; expected: string }) => string;
  readonly submissionWrongVersion: (p: { found: string; expected: string }) => string;
  readonly scoreLabel: (p: { criterion: string; column: string }) => string;
  readonly dataChoice: (p: { label: string; choices: string }) => string;
  readonly dataRequired: (p: { label: string }) => string;
  readonly dataTooSmall: (p: { label: string; limit: number; exclusive: boolean }) => string;
  readonly dataTooLarge: (p: { label: string; limit: number; exclusive: boolean }) => string;
  readonly dataTooShort: (p: { label: string; limit: number }) => string;
  readonly dataTooLong: (p: { label: string; limit: number }) => string;
  /** `rows`: the list is a table, its items are rows. */
  readonly dataTooFewItems: (p: { label: string; limit: number; rows: boolean }) => string;
  readonly dataTooManyItems: (p: { label: string; limit: number; rows: boolean }) => string;
  readonly dataFormat: (p: { label: string; format: string }) => string;
  /** What a field of the wrong type wants, in words (not JSON Schema's type names). */
  readonly dataType: (p: { label: string; wanted: DataTypeName }) => string;
  /** `const` (one value) and `enum`: the values as JSON. */
  readonly dataValue: (p: { label: string; values: string; one: boolean }) => string;
  readonly dataMultipleOf: (p: { label: string; factor: number }) => string;
  /** `uniqueItems`: the two positions, counted from 1. */
  readonly dataDuplicate: (p: { label: string; first: number; second: number; rows: boolean }) => string;
  /** `minProperties` / `maxProperties`. */
  readonly dataFieldCount: (p: { label: string; limit: number; most: boolean }) => string;
  /** `dependentRequired`: `field` was filled in, so `needs` must be too. */
  readonly dataDependent: (p: { label: string; field: string; needs: string }) => string;
  /** The other keywords: what the value does not match, in general words; `detail` is Ajv's English for `other`. */
  readonly dataRule: (p: { label: string; kind: DataRuleKind; detail: string }) => string;
  /** A pattern is the form's business, not the user's: the field's description or example says what is wanted. */
  readonly dataPattern: (p: { label: string; description?: string | undefined; example?: string | undefined }) => string;
}

export type MessageKey = keyof MessageCatalog;
