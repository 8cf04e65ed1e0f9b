// custom-elements.json for @cluster-form/renderer: the elements, their attributes, properties,
// events, slots, CSS parts and custom properties, read from the JSDoc of the element classes
// (src/components/<element>/<element>.component.ts) and the modules that define their tags. Paths
// name the shipped modules (dist/*.js) users load, not the sources.

/** Drops private members (`_x`) and the analyzer's guesses at events from internal dispatches: the public events are the `@fires` tags. */
const publicSurfaceOnly = () => ({
  name: "public-surface-only",
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith("_") && !a.fieldName?.startsWith("_"));
        if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith("_") && m.privacy !== "private");
        if (declaration.events) declaration.events = declaration.events.filter((e) => typeof e.name === "string" && e.name.startsWith("cf-"));
      }
    }
  },
});

/** The shipped module (an entry of rollup.config.mjs's library build) each analysed source becomes. */
const SHIPPED = {
  "src/components/cluster-form/cluster-form.component": "dist/cluster-form.js",
  "src/components/cluster-form/cluster-form": "dist/define.js",
  "src/components/cluster-form-excel/cluster-form-excel.component": "dist/excel-actions.js",
  "src/components/cluster-form-excel/cluster-form-excel": "dist/excel-actions.js",
  "src/events": "dist/events.js",
};
const shippedPath = (path) => SHIPPED[path.replace(/^\//, "").replace(/\.(ts|js)$/, "")] ?? path;

/** Every `path` and `module` of the manifest pointed at the shipped module; sources shipped in one module become one. */
const shippedPaths = () => ({
  name: "shipped-paths",
  packageLinkPhase({ customElementsManifest }) {
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === "path" || key === "module") && typeof value === "string") node[key] = shippedPath(value);
        else visit(value);
      }
    };
    visit(customElementsManifest.modules);
    const byPath = new Map();
    for (const module of customElementsManifest.modules) {
      const first = byPath.get(module.path);
      if (!first) byPath.set(module.path, module);
      else {
        first.declarations = [...(first.declarations ?? []), ...(module.declarations ?? [])];
        const named = new Set((first.exports ?? []).map((e) => `${e.kind} ${e.name}`));
        first.exports = [...(first.exports ?? []), ...(module.exports ?? []).filter((e) => !named.has(`${e.kind} ${e.name}`))];
      }
    }
    customElementsManifest.modules = [...byPath.values()];
  },
});

/**
 * A definition through a constant (`customElements.define(excelTagName, …)`) is named by the
 * constant: named by the tag of the class it defines (its `@tag`) instead.
 */
const definitionsByTag = () => ({
  name: "definitions-by-tag",
  packageLinkPhase({ customElementsManifest }) {
    const tags = new Map(customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.name, d.tagName])));
    for (const module of customElementsManifest.modules) {
      for (const entry of module.exports ?? []) {
        if (entry.kind === "custom-element-definition" && !entry.name.includes("-")) entry.name = tags.get(entry.declaration.name) ?? entry.name;
      }
    }
  },
});

export default {
  globs: ["src/components/cluster-form/cluster-form.component.ts", "src/components/cluster-form/cluster-form.ts", "src/events.ts", "src/components/cluster-form-excel/cluster-form-excel.component.ts", "src/components/cluster-form-excel/cluster-form-excel.ts"],
  outdir: ".",
  litelement: true,
  plugins: [publicSurfaceOnly(), definitionsByTag(), shippedPaths()],
};
