/**
 * A tiny CommonJS linker for generated validators: the Ajv runtime helpers and ajv-formats'
 * formats that a standalone module needs are copied into it as plain functions, so that the
 * module is self-contained and a browser can import it by URL (no bundler, no import map, no eval).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** `require("x")` as code, not inside a string (Ajv keeps `'require("…")'` strings for its own code generation). */
const REQUIRE_CALL = /(?<![\w$.'"])require\(\s*(["'])([^"']+)\1\s*\)/g;

interface LinkedModule {
  readonly index: number;
  source: string;
}

export interface InlinedCode {
  /** Code defining `cfRequire` and every module. */
  readonly prelude: string;
  /** The code with each `require("x")` replaced by a `cfRequire(n)` call. */
  readonly code: string;
}

export function inlineRequires(code: string, fromUrl: string): InlinedCode {
  const modules = new Map<string, LinkedModule>();

  const link = (specifier: string, requireFrom: NodeRequire): number => {
    const file = requireFrom.resolve(specifier);
    const known = modules.get(file);
    if (known) return known.index;
    const entry: LinkedModule = { index: modules.size, source: "" };
    modules.set(file, entry);
    const own = createRequire(file);
    const text = readFileSync(file, "utf8");
    entry.source = file.endsWith(".json")
      ? `module.exports = ${text};`
      : text.replace(REQUIRE_CALL, (_m, _q: string, dep: string) => `cfRequire(${link(dep, own)})`);
    return entry.index;
  };

  const top = createRequire(fromUrl);
  const linked = code.replace(REQUIRE_CALL, (_m, _q: string, specifier: string) => `cfRequire(${link(specifier, top)})`);
  const definitions = [...modules.values()]
    .sort((a, b) => a.index - b.index)
    .map((m) => `function (module, exports) {\n${m.source.replace(/^\/\/# sourceMappingURL=.*$/gm, "")}\n}`);
  const prelude = [
    `const cfModuleFactories = [\n${definitions.join(",\n")}\n];`,
    "const cfModuleCache = [];",
    "function cfRequire(index) {",
    "  if (cfModuleCache[index]) return cfModuleCache[index].exports;",
    "  const module = { exports: {} };",
    "  cfModuleCache[index] = module;",
    "  cfModuleFactories[index].call(module.exports, module, module.exports);",
    "  return module.exports;",
    "}",
  ].join("\n");
  return { prelude, code: linked };
}
