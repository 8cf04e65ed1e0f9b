/**
 * `@cluster-form/schema/compiler`: validate functions made at run time by Ajv's compiler, for forms
 * not built with `cluster-form build`. An entry of its own so that a browser page loads the
 * compiler (a large module that generates code with `new Function`) only when a form needs it.
 */
export { compileSubmissionValidators, createSubmissionValidator, validateSubmission } from "./submission/compile.js";
export type { SubmissionValidatorOptions } from "./submission/compile.js";
