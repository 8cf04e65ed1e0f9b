/** English messages of @cluster-form/schema. */
import type { CoreMessageCatalog } from "./messages.catalog.js";

export const en: CoreMessageCatalog = {
  // reading files
  fileMissing: (p) => `File not found: ${p.path}`,
  fileUnreadable: (p) => `Cannot read ${p.path}: ${p.detail}`,
  fileOutsideForm: (p) => `${p.path} is a symbolic link (or lies under one) that leads outside the form folder: it is not read`,
  fileNotObject: () => "The file must hold one JSON object",
  pathUnsafe: (p) => `Path "${p.path}" must be relative to the form folder and stay inside it`,
  // a manifest's required keys and types, and the pattern of an id
  metaRequired: (p) => `Missing required key "${p.key}"`,
  metaType: (p) => `Must be of type ${p.expected}`,
  metaPattern: (p) => `Does not match the pattern ${p.pattern}`,
  // references between files
  refDangling: (p) => `Reference "${p.ref}" points to nothing`,
  refNotShared: (p) =>
    `Reference "${p.ref}" names ${p.file}, which is not listed in the manifest's "sharedSchemas"`,
  refExternal: (p) => `Reference "${p.ref}" must be a relative path inside the form, not a URL`,
  refCycle: (p) => `Reference "${p.ref}" refers back to itself; form schemas may not recurse`,
  refTooLarge: (p) => `Inlining "${p.ref}" here would make the form's schemas larger than ${p.max.toLocaleString("en-US")} schema objects: references nest too often`,
  submissionUncheckable: (p) => `The object at ${p.pointer} has a key named "valueOf" or "toString": it cannot be checked`,
  rowLabel: (p) => `${p.table} row ${p.row}`,
  editForbidden: (p) =>
    `${p.label}: ${p.role} may not change this; ${p.editors.length > 0 ? `only ${p.editors.join(", ")} may` : "no role may"}`,
  // submissions
  schemaUncompilable: (p) => `The form's data schemas cannot be compiled: ${p.detail}`,
  submissionTooLarge: (p) => `The submission is larger than ${p.limit}`,
  submissionTooDeep: (p) => `The submission is nested deeper than ${p.limit} levels`,
  submissionNotObject: () => "The submission must be a JSON object",
  submissionTooManyRows: (p) => `${p.label} has ${p.rows} rows; at most ${p.max}`,
  submissionWrongForm: (p) => `The submission is for form "${p.found}", not "${p.expected}"`,
  submissionWrongVersion: (p) =>
    `The submission was made with form version ${p.found}; this is version ${p.expected}`,
  scoreLabel: (p) => `${p.criterion} (${p.column})`,
  dataChoice: (p) => `${p.label}: must be one of ${p.choices}`,
  dataRequired: (p) => `${p.label} is required`,
  dataTooSmall: (p) => `${p.label}: must be ${p.exclusive ? "more than" : "at least"} ${p.limit}`,
  dataTooLarge: (p) => `${p.label}: must be ${p.exclusive ? "less than" : "at most"} ${p.limit}`,
  dataTooShort: (p) => `${p.label}: must be at least ${p.limit} characters long`,
  dataTooLong: (p) => `${p.label}: must be at most ${p.limit} characters long`,
  /** `rows`: the list is a table, its items are rows. */
  dataTooFewItems: (p) => `${p.label}: needs at least ${p.limit} ${p.rows ? "rows" : "entries"}`,
  dataTooManyItems: (p) => `${p.label}: may have at most ${p.limit} ${p.rows ? "rows" : "entries"}`,
  dataFormat: (p) =>
    `${p.label}: must be ${({ date: "a date (YYYY-MM-DD)", email: "an email address", uri: "a web address" } as Record<string, string>)[p.format] ?? `in the format ${p.format}`}`,
  /** What a field of the wrong type wants, in words (not JSON Schema's type names). */
  dataType: (p) =>
    `${p.label}: must be ${{ number: "a number", integer: "a whole number", string: "text", boolean: "yes or no", array: "a list", object: "a group of fields", null: "empty" }[p.wanted]}`,
  /** `const` (one value) and `enum`: the values as JSON. */
  dataValue: (p) => `${p.label}: must be ${p.one ? "" : "one of "}${p.values}`,
  dataMultipleOf: (p) => `${p.label}: must be a multiple of ${p.factor}`,
  /** `uniqueItems`: the two positions, counted from 1. */
  dataDuplicate: (p) =>
    `${p.label}: ${p.rows ? "rows" : "entries"} ${p.first} and ${p.second} are the same`,
  /** `minProperties` / `maxProperties`. */
  dataFieldCount: (p) => `${p.label}: must have at ${p.most ? "most" : "least"} ${p.limit} entries`,
  /** `dependentRequired`: `field` was filled in, so `needs` must be too. */
  dataDependent: (p) => `${p.label}: ${p.needs} is needed when ${p.field} is filled in`,
  /** The other keywords: what the value does not match, in general words; `detail` is Ajv's English for `other`. */
  dataRule: (p) =>
    `${p.label}: ${{ notAllowed: "may not be filled in here", oneOf: "must match exactly one of the allowed forms", anyOf: "must match one of the allowed forms", contains: "has too few or too many matching entries", other: p.detail }[p.kind]}`,
  /** A pattern is the form's business, not the user's: the field's description or example says what is wanted. */
  dataPattern: (p) => {
    const hint = [p.description, p.example === undefined ? undefined : `e.g. ${p.example}`].filter(Boolean).join(", ");
    return hint ? `${p.label}: not in the expected format (${hint})` : `${p.label}: not in the expected format`;
  },
};
