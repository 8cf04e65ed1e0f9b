// The layering of the workspace (docs/architecture.md): which package may import what, and that no
// module imports itself round a cycle. `pnpm lint` runs it through scripts/check-layers.mjs; by hand:
// `npx depcruise "packages/*/src" --config .dependency-cruiser.mjs` (which also lists the allowed cycles
// of scripts/layering-allowed-cycles.mjs: only the script lets them pass).

/** Code below the pages: it runs in Node (and in browsers), and draws nothing. The editor's app/ is a page. */
const HEADLESS = "^packages/(schema|rules|excel|cli)/|^packages/editor/src/(edits|server)/";
/** Lit and its parts. The DOM's globals cannot be seen here: tsconfig.headless.json (lib without "DOM") keeps them out of schema, rules, excel and cli. */
const LIT_NAMES = "(lit|lit-html|lit-element|@lit|@lit-labs)/";
const LIT = `^node_modules/${LIT_NAMES}|^node_modules/[.]pnpm/[^/]+/node_modules/${LIT_NAMES}|^${LIT_NAMES}`;
/** Modules that may read and write files: the command line and each package's Node entry point with what only it uses. */
const NODE_ONLY = [
  "^packages/cli/",
  "^packages/[^/]+/src/(node|[^/]+-node)\\.ts$",
  "^packages/schema/src/load/node[^/]*\\.ts$",
  // The standalone validators' generator copies Ajv's runtime helpers from their files (`@cluster-form/schema/build`).
  "^packages/schema/src/standalone/",
  "^packages/rules/src/testing/load\\.ts$",
  "^packages/rules/src/newyear/",
  "^packages/excel/src/node[^/]*\\.ts$",
  "^packages/editor/src/server/",
];
const FS = "^(node:)?fs(/promises)?$";

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "A module must not import itself through others; type-only imports count too.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "schema-is-the-base",
      comment: "@cluster-form/schema is the lowest layer: it imports no other package of the workspace.",
      severity: "error",
      from: { path: "^packages/schema/" },
      to: { path: "^packages/(rules|renderer|excel|cli|editor)/|^@cluster-form/(rules|renderer|excel|cli|editor)" },
    },
    {
      name: "rules-draw-nothing",
      comment: "@cluster-form/rules runs without a page: it imports neither the renderer nor the Excel, command-line or editor packages.",
      severity: "error",
      from: { path: "^packages/rules/" },
      to: { path: "^packages/(renderer|excel|cli|editor)/|^@cluster-form/(renderer|excel|cli|editor)" },
    },
    {
      name: "excel-below-the-element",
      comment: "@cluster-form/excel is used by the element and the command line, not the other way round.",
      severity: "error",
      from: { path: "^packages/excel/" },
      to: { path: "^packages/(renderer|cli|editor)/|^@cluster-form/(renderer|cli|editor)" },
    },
    {
      name: "only-the-renderer-draws",
      comment: "Lit (and with it the DOM) belongs to the element and the editor's page; the headless packages never import it.",
      severity: "error",
      from: { path: HEADLESS },
      to: { path: LIT },
    },
    {
      name: "element-session-draws-nothing",
      comment: "The element's headless code (session/, state/) imports neither Lit nor the element's drawing side, so it runs and is tested without a page.",
      severity: "error",
      from: { path: "^packages/renderer/src/(session|state)/" },
      to: { path: `${LIT}|^packages/renderer/src/(components|controllers|controls|dom|styles|widgets)/` },
    },
    {
      name: "files-only-in-node-entry-points",
      comment: "Only the command line and the Node entry points (and what only they import) touch the file system.",
      severity: "error",
      from: { pathNot: NODE_ONLY },
      to: { path: FS },
    },
    {
      name: "browser-entry-reaches-no-files",
      comment: "What a browser imports (a package's main entry, the element) never reaches a module that touches the file system.",
      severity: "error",
      from: { path: "^packages/(schema|rules|excel|renderer)/src/(index|browser)\\.ts$|^packages/renderer/src/" },
      to: { path: FS, reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^packages/[^/]+/test/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "types", "default"], extensions: [".ts", ".js", ".mjs", ".d.ts"] },
  },
};
