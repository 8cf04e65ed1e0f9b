// custom-elements.json for @cluster-form/renderer: the element, its attributes, properties,
// events, slots, CSS parts and custom properties, read from the JSDoc of src/cluster-form.ts.

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

export default {
  globs: ["src/cluster-form.ts", "src/define.ts", "src/events.ts"],
  outdir: ".",
  litelement: true,
  plugins: [publicSurfaceOnly()],
};
