// A rollup plugin for the eval-free bundle: Ajv's compiler (which builds validators with
// `new Function`) is left out. The element then validates only with precompiled validators;
// constructing Ajv in that bundle throws an error that says what to do instead.
// Only the compiler and the format plugin: the runtime helpers are plain code.
const AJV_MODULE = /^(ajv(\/dist\/(2020|ajv|core))?(\.js)?|ajv-formats(\/.*)?)$/;
const VIRTUAL = "\0cluster-form:no-ajv-compiler";

const source = `
const message = "This build of <cluster-form> has no Ajv compiler: give precompiled validators (cluster-form build, the validators attribute).";
export class Ajv { constructor() { throw new EvalError(message); } }
export class Ajv2020 extends Ajv {}
export default Ajv;
export const addFormats = () => { throw new EvalError(message); };
`;

export function withoutAjvCompiler() {
  return {
    name: "without-ajv-compiler",
    resolveId(id) {
      return AJV_MODULE.test(id) ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? source : null;
    },
  };
}
