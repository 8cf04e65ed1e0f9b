/**
 * The messages of @cluster-form/schema that a page may show: every key and its parameters. The
 * wording is in ./zh.ts and ./en.ts, which import only this file. A JSON syntax error's messages
 * and a definition check's are catalogs of their own (./json-syntax.catalog.ts,
 * ./definition-checks.catalog.ts), so that a page drawing a form does not carry them.
 */
import type { DefinitionCheckCatalog } from "./definition-checks.catalog.js";
import type { JsonSyntaxCatalog } from "./json-syntax.catalog.js";

export type DataTypeName = "number" | "integer" | "string" | "boolean" | "array" | "object" | "null";
export type DataRuleKind = "notAllowed" | "oneOf" | "anyOf" | "contains" | "other";

/** The messages a page may show: loading a form, validating a submission, edit rights. */
export interface CoreMessageCatalog {
  // reading files
  readonly fileMissing: (p: { path: string }) => string;
  readonly fileUnreadable: (p: { path: string; detail: string }) => string;
  readonly fileOutsideForm: (p: { path: string }) => string;
  readonly fileNotObject: () => string;
  readonly pathUnsafe: (p: { path: string }) => string;
  // a manifest's required keys and types, and the pattern of an id (every load checks ids)
  readonly metaRequired: (p: { key: string }) => string;
  readonly metaType: (p: { expected: string }) => string;
  readonly metaPattern: (p: { pattern: string }) => string;
  // references between files
  readonly refDangling: (p: { ref: string }) => string;
  readonly refNotShared: (p: { ref: string; file: string }) => string;
  readonly refExternal: (p: { ref: string }) => string;
  readonly refCycle: (p: { ref: string }) => string;
  readonly refTooLarge: (p: { ref: string; max: number }) => string;
  readonly submissionUncheckable: (p: { pointer: string }) => string;
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

/** Every message of the package. */
export interface MessageCatalog extends CoreMessageCatalog, JsonSyntaxCatalog, DefinitionCheckCatalog {}

export type MessageKey = keyof MessageCatalog;
