/** Node-only entry point: loading from disk and generating (and minifying) standalone validator code. */
export { loadFormFolder } from "./load/node-reader.js";
export type { DefinitionCheck, LoadOptions } from "./load/assemble.js";
export { compileStandaloneValidators } from "./standalone/compile.js";
export type { StandaloneOptions } from "./standalone/compile.js";
export { buildValidatorsModule, minifyStandaloneValidators } from "./standalone/minify.js";
