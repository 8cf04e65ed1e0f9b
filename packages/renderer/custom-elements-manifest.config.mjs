// custom-elements.json for @cluster-form/renderer: the elements, their attributes, properties,
// events, slots, CSS parts and custom properties, read from the JSDoc of src/cluster-form.ts and
// src/excel-actions.ts. Paths name the shipped modules (dist/*.js), not the sources.

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

/** `src/x.ts` (or `/src/x.js`) as the module the library build ships: `dist/x.js` (each analysed file is an entry of rollup.config.mjs). */
const shippedPath = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, "dist/$1.js");

/** Every `path` and `module` of the manifest pointed at the shipped module. */
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
  globs: ["src/cluster-form.ts", "src/define.ts", "src/events.ts", "src/excel-actions.ts"],
  outdir: ".",
  litelement: true,
  plugins: [publicSurfaceOnly(), definitionsByTag(), shippedPaths()],
};
