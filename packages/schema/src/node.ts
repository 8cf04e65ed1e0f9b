/** Node-only entry point: loading from disk and generating standalone validator code. */
export { loadFormPackage } from "./load/node-reader.js";
export { compileStandaloneValidators } from "./standalone/compile.js";
export type { StandaloneOptions } from "./standalone/compile.js";
