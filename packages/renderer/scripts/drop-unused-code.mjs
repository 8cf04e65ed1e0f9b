// A rollup plugin for the self-contained bundles: code of dependencies that the element never reaches
// is left out, where rollup cannot see it (methods, object entries, CommonJS exports).
// - Ajv: the element's Ajv (packages/schema/src/submission/ajv.ts) is only asked to compile; it runs
//   without $data, strict types, coerceTypes, useDefaults, loadSchema, validateSchema, ES5 output or
//   meta-schemas, and every keyword it knows has `code` (none is defined by macro, validate or compile
//   functions).
// A left-out function or method keeps its name and throws if it is ever called, saying so; a left-out
// table entry is gone. The files are CommonJS; an item not found fails the build, so a new version of
// a dependency is noticed rather than bundled half-edited. Edits are padded with spaces to the length
// of what they replace, so the code does not move and source maps stay right.
const UNUSED = [
  {
    file: /[\\/]ajv[\\/]dist[\\/]core\.js$/,
    methods: ["compileAsync", "validate", "validateSchema", "removeSchema", "_removeAllSchemas", "$dataMetaSchema", "getKeyword", "removeKeyword", "_compileMetaSchema"],
    // The formats and keywords options.
    functions: ["addInitialFormats", "addInitialKeywords"],
    // Messages for options the element never passes.
    emptied: ["removedOptions", "deprecatedOptions"],
  },
  // Type checks of the strictTypes option, $data references, ES5 output.
  {
    file: /[\\/]ajv[\\/]dist[\\/]compile[\\/]validate[\\/]index\.js$/,
    functions: ["checkContextTypes", "checkMultipleTypes", "checkKeywordTypes", "getData", "destructureValCxtES5"],
  },
  { file: /[\\/]ajv[\\/]dist[\\/]vocabularies[\\/]format[\\/]format\.js$/, functions: ["validate$DataFormat"] },
  // The coerceTypes option.
  { file: /[\\/]ajv[\\/]dist[\\/]compile[\\/]validate[\\/]dataType\.js$/, functions: ["coerceData"] },
  // The useDefaults option.
  { file: /[\\/]ajv[\\/]dist[\\/]compile[\\/]validate[\\/]defaults\.js$/, functions: ["assignDefaults"] },
  // Keywords defined by macro, validate or compile functions.
  { file: /[\\/]ajv[\\/]dist[\\/]compile[\\/]validate[\\/]keyword\.js$/, functions: ["macroKeywordCode", "funcKeywordCode"] },
];
const HELPER = "__cfNotInBundle";
const helperSource = `\nfunction ${HELPER}(name) { throw new Error(name + " is not in this bundle of <cluster-form>"); }\n`;

/** `text` padded with spaces to the length of `original`, with as many newlines, so lines do not move. */
function padTo(text, original) {
  const newlines = original.split("\n").length - 1;
  const length = text.length + newlines;
  if (length > original.length) throw new Error(`drop-unused-code: replacement longer than ${JSON.stringify(original.slice(0, 40))}`);
  return text + " ".repeat(original.length - length) + "\n".repeat(newlines);
}

function* walk(node) {
  if (!node || typeof node.type !== "string") return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === "object") yield* walk(value);
  }
}

const keyOf = (property) => (property.key.type === "Identifier" ? property.key.name : property.key.value);

/** The edits for one file, as [from, to, replacement]; `found` collects the names met. */
function editsFor(ast, code, unused, found) {
  const edits = [];
  const stub = (name) => `{ ${HELPER}(${JSON.stringify(name)}); }`;
  for (const node of walk(ast)) {
    if (node.type === "MethodDefinition" && unused.methods?.includes(node.key.name)) {
      found.add(node.key.name);
      edits.push([node.value.body.start, node.value.body.end, stub(node.key.name)]);
    } else if (node.type === "FunctionDeclaration" && unused.functions?.includes(node.id?.name)) {
      found.add(node.id.name);
      edits.push([node.body.start, node.body.end, stub(node.id.name)]);
    } else if (
      node.type === "AssignmentExpression" &&
      node.left.type === "MemberExpression" &&
      unused.assigned?.includes(node.left.property.name) &&
      node.right.type === "FunctionExpression"
    ) {
      found.add(node.left.property.name);
      edits.push([node.right.body.start, node.right.body.end, stub(node.left.property.name)]);
    } else if (node.type === "VariableDeclarator" && node.init?.type === "ObjectExpression") {
      const name = node.id.name;
      if (unused.emptied?.includes(name)) {
        found.add(name);
        edits.push([node.init.start, node.init.end, "{}"]);
      }
      const entries = unused.entries?.[name];
      if (!entries) continue;
      for (const property of node.init.properties) {
        if (!entries.includes(keyOf(property))) continue;
        found.add(`${name}.${keyOf(property)}`);
        const end = /^\s*,/.exec(code.slice(property.end))?.[0].length ?? 0;
        edits.push([property.start, property.end + end, ""]);
      }
    }
  }
  return edits;
}

export function dropUnusedCode() {
  return {
    name: "drop-unused-code",
    transform(code, id) {
      const unused = UNUSED.find((entry) => entry.file.test(id));
      if (!unused) return null;
      const found = new Set();
      const edits = editsFor(this.parse(code), code, unused, found);
      const wanted = [
        ...(unused.methods ?? []),
        ...(unused.functions ?? []),
        ...(unused.assigned ?? []),
        ...(unused.emptied ?? []),
        ...Object.entries(unused.entries ?? {}).flatMap(([name, keys]) => keys.map((key) => `${name}.${key}`)),
      ];
      const missing = wanted.filter((name) => !found.has(name));
      if (missing.length > 0) this.error(`drop-unused-code: ${id} has no ${missing.join(", ")}`);
      let out = "";
      let at = 0;
      for (const [from, to, text] of edits.sort((a, b) => a[0] - b[0])) {
        if (from < at) this.error(`drop-unused-code: overlapping edits in ${id}`);
        out += code.slice(at, from) + padTo(text, code.slice(from, to));
        at = to;
      }
      return { code: out + code.slice(at) + helperSource, map: null };
    },
  };
}
