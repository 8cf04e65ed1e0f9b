/**
 * `@cluster-form/cli`: the `cluster-form` command, also callable from a program (tests, other tools)
 * with its own streams. The work itself is done by the functions of @cluster-form/schema, /rules and /excel.
 */
export { runCli } from "./run.js";
export { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from "./types.js";
export type { Lang } from "@cluster-form/schema";
// What `cluster-form build` writes for a form: its standalone validators (Ajv's generated code, no eval at run time).
export { buildValidatorsModule, minifyStandaloneValidators } from "./standalone/minify.js";
