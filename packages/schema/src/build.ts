/**
 * `@cluster-form/schema/build` (Node only): a form's standalone validators, the ES module source that
 * validates its submissions without Ajv and without generating code at run time, so that a page can
 * run under CSP `script-src 'self'`. `cluster-form build` (@cluster-form/cli) minifies and writes it;
 * the editor's server builds its preview's validators with it.
 */
export { compileStandaloneValidators, type StandaloneOptions } from "./standalone/compile.js";
