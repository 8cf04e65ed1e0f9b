/**
 * The messages of a definition check (../check/, `{ check: checkDefinition }`): every key and its
 * parameters. A page drawing a form never shows them. Wording in ./definition-checks.zh.ts and
 * ./definition-checks.en.ts.
 */

export interface DefinitionCheckCatalog {
  // meta-schema validation
  readonly metaUnknownKey: (p: { key: string; allowed: string }) => string;
  readonly metaUnknownKeySuggest: (p: { key: string; suggestion: string }) => string;
  readonly metaEnumSuggest: (p: { allowed: string; suggestion: string }) => string;
  readonly metaConst: (p: { expected: string }) => string;
  readonly metaEnum: (p: { allowed: string }) => string;
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
  // references between files and ids
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
  readonly requiredUnknown: (p: { name: string }) => string;
  readonly fieldNotShown: (p: { field: string; part: string }) => string;
}
