// Where a page's JavaScript spends its time, from a CDP CPU profile: each sample's self time given
// to the source file of its function, read through the bundle's source map (a minified bundle names
// nothing); files grouped by package folder, so that the phases show (loading, validation, evaluation,
// drawing with Lit and the widgets), and the element's own files one by one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

const GROUPS = [
  [/packages\/schema\/src\/(load|json)\//, "load the form (fetch, parse, assemble)"],
  [/packages\/schema\/src\/submission\//, "validate the submission (around the validators)"],
  [/\/bench\/validators\.js$/, "validate the submission (precompiled validators)"],
  [/node_modules\/.*\/(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse)\//, "compile validators (Ajv)"],
  [/packages\/rules\/src\//, "evaluate the rules"],
  [/node_modules\/.*\/(lit-html|lit-element|@lit)\//, "Lit: templates and DOM updates"],
  [/packages\/renderer\/src\/(widgets|controls)\//, "widgets and controls (template values)"],
  [/packages\/schema\/src\//, "@cluster-form/schema, other"],
];

/** Self time in ms per group of source files, from `profile` (Profiler.stop's) of a page served from `root`. */
export function summarizeProfile(profile, root) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      let map = null;
      try {
        const path = new URL(url).pathname;
        if (path.startsWith("/packages/")) map = new TraceMap(readFileSync(join(root, `${path}.map`), "utf8"), url);
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url);
  };
  const fileOf = (frame) => {
    if (!frame.url) return frame.functionName === "(garbage collector)" ? "(garbage collector)" : frame.functionName || "(program)";
    const map = mapFor(frame.url);
    const source = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source : null;
    return source ?? new URL(frame.url).pathname;
  };
  // The element's own files one by one: that is where its first render is decided.
  const groupOf = (file) => GROUPS.find(([pattern]) => pattern.test(file))?.[1] ?? file.replace(/^.*\/packages\//, "packages/");
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    const micros = timeDeltas[i + 1] ?? 0;
    const group = groupOf(fileOf(node.callFrame));
    self.set(group, (self.get(group) ?? 0) + micros);
  }
  const total = [...self.values()].reduce((sum, micros) => sum + micros, 0);
  return [...self]
    .filter(([, micros]) => micros >= 2000)
    .sort((a, b) => b[1] - a[1])
    .map(([work, micros]) => ({ work, "self ms": Math.round(micros / 1000), share: `${((micros / total) * 100).toFixed(0)} %` }));
}
