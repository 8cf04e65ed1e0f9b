/** English messages of @cluster-form/schema. */
import { fullWidthAscii, type FullWidthKind, type MessageCatalog } from "./messages.catalog.js";

const fullWidthNames: Record<FullWidthKind, string> = {
  comma: "comma", colon: "colon", doubleQuote: "double quote", singleQuote: "quote", openBracket: "bracket", closeBracket: "bracket",
  openBrace: "brace", closeBrace: "brace", space: "space",
};

export const en: MessageCatalog = {
  // reading files
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
  fileMissing: (p) => `File not found: ${p.path}`,
  fileUnreadable: (p) => `Cannot read ${p.path}: ${p.detail}`,
  fileOutsideForm: (p) => `${p.path} is a symbolic link (or lies under one) that leads outside the form folder: it is not read`,
  fileNotObject: () => "The file must hold one JSON object",
  pathUnsafe: (p) => `Path "${p.path}" must be relative to the form folder and stay inside it`,
  // meta-schema validation
  metaRequired: (p) => `Missing required key "${p.key}"`,
  metaUnknownKey: (p) =>
    `Unknown key "${p.key}"${p.allowed ? `; allowed here: ${p.allowed}` : ""}`,
  metaUnknownKeySuggest: (p) => `Unknown key "${p.key}"; did you mean "${p.suggestion}"?`,
  metaEnumSuggest: (p) => `Must be one of: ${p.allowed}; did you mean ${p.suggestion}?`,
  metaType: (p) => `Must be of type ${p.expected}`,
  metaConst: (p) => `Must be ${p.expected}`,
  metaEnum: (p) => `Must be one of: ${p.allowed}`,
  metaPattern: (p) => `Does not match the pattern ${p.pattern}`,
  metaFormat: (p) => `Must be a valid ${p.format}`,
  metaRange: (p) => `Must be ${p.comparison} ${p.limit}`,
  metaLength: (p) => `Length must be ${p.comparison} ${p.limit}`,
  metaItems: (p) => `Number of items must be ${p.comparison} ${p.limit}`,
  metaUnique: () => "Items must be unique",
  metaOneOfBranch: () => "A scoring branch needs exactly one of \"points\", \"logic\" or \"judgement\"",
  metaAnyOf: () => "Does not match any allowed shape",
  metaTitleRequired: () => "Every property schema needs a \"title\": the label people see",
  metaMaxLengthRequired: () => "Every string needs a \"maxLength\", so that validation of untrusted data stays bounded",
  metaMaxItemsRequired: () => "Every array needs a \"maxItems\", so that validation of untrusted data stays bounded",
  metaOther: (p) => `Invalid: ${p.detail}`,
  // references between files
  refDangling: (p) => `Reference "${p.ref}" points to nothing`,
  refNotShared: (p) =>
    `Reference "${p.ref}" names ${p.file}, which is not listed in the manifest's "sharedSchemas"`,
  refExternal: (p) => `Reference "${p.ref}" must be a relative path inside the form, not a URL`,
  refCycle: (p) => `Reference "${p.ref}" refers back to itself; form schemas may not recurse`,
  refTooLarge: (p) => `Inlining "${p.ref}" here would make the form's schemas larger than ${p.max.toLocaleString("en-US")} schema objects: references nest too often`,
  partMismatch: (p) =>
    `"part" is "${p.found}", but the manifest lists this file for part "${p.expected}"`,
  duplicateId: (p) => `Duplicate ${p.kind} id "${p.id}" (first defined at ${p.first})`,
  fieldUnknown: (p) => `Field "${p.field}" does not exist in the data schema of part "${p.part}"`,
  fieldNotArray: (p) => `Field "${p.field}" is not an array of objects, so it cannot be a repeating table`,
  fieldNotObject: (p) => `Field "${p.field}" is not an object, so it cannot be a table row`,
  columnUnknown: (p) => `Column "${p.key}" is not a property of "${p.field}"`,
  partNoSchema: (p) => `Part "${p.part}" has no data schema, but its layout names fields`,
  criterionUnknown: (p) => `Criterion "${p.id}" is not defined in the rules of part "${p.part}"`,
  criteriaWithoutRules: (p) => `Part "${p.part}" has a criteria table but no rules file`,
  partUnknown: (p) => `Part "${p.id}" is not in the manifest`,
  roleUnknown: (p) => `Role "${p.id}" is not declared in the manifest's "roles"`,
  scoreColumnUnknown: (p) => `Score column "${p.id}" is not declared in the manifest's "scoreColumns"`,
  computedUnknown: (p) => `Computed value "${p.id}" is not defined in any rules file`,
  sheetColumnUnknown: (p) => `Column "${p.id}" is not a column of the summary sheet`,
  partNotObject: (p) => `The data schema of part "${p.part}" must be "type": "object": a part's data is one object`,
  patternUnexplained: () => 'A "pattern" without a "description" or "placeholder": whoever types it wrong reads only that the format is wrong, not what is wanted',
  patternUnsafe: (p) =>
    `The pattern ${p.pattern} can backtrack catastrophically (repetition inside repetition, or alternatives that overlap): checking one long text could take minutes. Rewrite it so that each character can be matched in only one way`,
  patternUnproven: (p) =>
    `The pattern ${p.pattern} could not be shown safe from catastrophic backtracking within ${p.steps.toLocaleString("en-US")} steps of the checker: simplify it`,
  metaUncheckable: () => 'An object here has a key named "valueOf" or "toString": the file cannot be checked against its meta-schema',
  submissionUncheckable: (p) => `The object at ${p.pointer} has a key named "valueOf" or "toString": it cannot be checked`,
  requiredUnknown: (p) => `"${p.name}" is required but is not one of the properties`,
  fieldNotShown: (p) => `Field "${p.field}" is not shown by any block of the layout of part "${p.part}", so nobody can fill it in`,
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
