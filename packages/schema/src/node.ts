/** Node-only entry point: loading from disk and generating (and minifying) standalone validator code. */
import { checkDefinition } from "./check/index.js";
import { explainUncompilableWith } from "./submission/uncompilable.js";

export { loadFormPackage } from "./load/node-reader.js";
export { compileStandaloneValidators } from "./standalone/compile.js";
export type { StandaloneOptions } from "./standalone/compile.js";
export { buildValidatorsModule, minifyStandaloneValidators } from "./standalone/minify.js";

// In Node, a form whose schemas do not compile is explained by the full definition checks.
explainUncompilableWith(checkDefinition);
