// A rollup plugin for the self-contained bundles: message catalog entries that nothing in the build asks
// for are left out. Catalogs are objects looked up by key (`message("fileMissing", …)`, `say("rule.failed", …)`),
// so tree-shaking keeps every entry; in the element most are never used (the definition checker's
// and the CLI's messages, say). After tree-shaking and before minifying, each entry of a catalog object
// (an object literal whose values are all functions) in the modules matched by `include` is blanked out
// unless its key is written somewhere else in the build, in any chunk. Callers name keys literally
// (MessageKey-typed string literals or property names), which is what makes this sound.
// Entries are replaced by spaces of the same length, so the code does not move and source maps stay right.
import { blankRanges } from "./blank-ranges.mjs";

const isFunction = (node) => node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression";
const keyOf = (property) =>
  property.type !== "Property" || property.computed
    ? undefined
    : property.key.type === "Identifier"
      ? property.key.name
      : typeof property.key.value === "string"
        ? property.key.value
        : undefined;

function* objectsWithin(node, start, end) {
  if (!node || typeof node.type !== "string" || node.end <= start || node.start >= end) return;
  if (node.type === "ObjectExpression" && node.start >= start && node.end <= end) {
    const catalogLike = node.properties.length > 0 && node.properties.every((p) => keyOf(p) !== undefined && isFunction(p.value));
    if (catalogLike) {
      yield node;
      return;
    }
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* objectsWithin(child, start, end);
    else if (value && typeof value === "object") yield* objectsWithin(value, start, end);
  }
}

/** Past the comma that ends an entry, if there is one (only blanks and comments before it). */
function afterComma(code, end) {
  const rest = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*,/.exec(code.slice(end, end + 500));
  return rest ? end + rest[0].length : end;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @param {{ include: RegExp }} options the catalog modules (ids) to prune */
export function pruneCatalogs({ include }) {
  return {
    name: "prune-catalogs",
    renderChunk(code, chunk, _options, meta) {
      const catalogIds = Object.keys(chunk.modules).filter((id) => include.test(id) && chunk.modules[id].code);
      if (catalogIds.length === 0) return null;
      const elsewhere = [];
      for (const other of Object.values(meta.chunks)) {
        for (const [id, module] of Object.entries(other.modules)) if (!include.test(id) && module.code) elsewhere.push(module.code);
      }
      const text = elsewhere.join("\n");
      const named = new Map();
      const isNamed = (key) => {
        if (!named.has(key)) named.set(key, new RegExp(`(?<![\\w$])${escape(key)}(?![\\w$])`).test(text));
        return named.get(key);
      };
      const ast = this.parse(code);
      const cuts = [];
      for (const id of catalogIds) {
        const start = code.indexOf(chunk.modules[id].code);
        if (start < 0) this.error(`prune-catalogs: the code of ${id} is not found in chunk ${chunk.fileName}`);
        for (const object of objectsWithin(ast, start, start + chunk.modules[id].code.length)) {
          for (const property of object.properties) {
            if (!isNamed(keyOf(property))) cuts.push([property.start, afterComma(code, property.end)]);
          }
        }
      }
      if (cuts.length === 0) return null;
      // Cuts never overlap: each is one entry and its comma.
      return { code: blankRanges(code, cuts), map: null };
    },
  };
}
