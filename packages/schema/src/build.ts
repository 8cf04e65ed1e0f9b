/**
 * `@cluster-form/schema/build`: what `cluster-form build` (@cluster-form/cli) needs to write a form's
 * standalone validators: the Ajv instance configured for submissions, the submission's schemas, how
 * they split into pieces, and the functions whose source the generated module carries (composing
 * the pieces, deriving the draft validator). Generating and minifying the module is the CLI's work.
 */
export { createSubmissionAjv } from "./submission/ajv.js";
export { composeSplit } from "./submission/compose.js";
export { deriveDraft, draftDerivable } from "./submission/draft.js";
export { buildSubmissionSchema } from "./submission/schema.js";
export { splitPlan, splitSchemas } from "./submission/split.js";
