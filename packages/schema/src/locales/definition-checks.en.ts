/** English messages of a definition check. */
import type { DefinitionCheckCatalog } from "./definition-checks.catalog.js";

export const definitionChecksEn: DefinitionCheckCatalog = {
  // meta-schema validation
  metaUnknownKey: (p) =>
    `Unknown key "${p.key}"${p.allowed ? `; allowed here: ${p.allowed}` : ""}`,
  metaUnknownKeySuggest: (p) => `Unknown key "${p.key}"; did you mean "${p.suggestion}"?`,
  metaEnumSuggest: (p) => `Must be one of: ${p.allowed}; did you mean ${p.suggestion}?`,
  metaConst: (p) => `Must be ${p.expected}`,
  metaEnum: (p) => `Must be one of: ${p.allowed}`,
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
  // references between files and ids
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
  requiredUnknown: (p) => `"${p.name}" is required but is not one of the properties`,
  fieldNotShown: (p) => `Field "${p.field}" is not shown by any block of the layout of part "${p.part}", so nobody can fill it in`,
};
