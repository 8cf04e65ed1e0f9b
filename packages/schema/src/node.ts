/** Node-only entry point: loading a form from disk. (Writing its standalone validators is `cluster-form build`'s work: @cluster-form/cli.) */
export { loadFormFolder } from "./load/node-reader.js";
export type { DefinitionCheck, LoadOptions } from "./load/assemble.js";
