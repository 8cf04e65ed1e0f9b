// Builds of @cluster-form/renderer:
//  1. the ES module library (dist/index.js, dist/define.js, .d.ts), dependencies left as imports;
//  2. dist/cluster-form.bundle.js: one self-contained minified module (Lit, the element, the widgets)
//     for a plain <script type="module">. The loader, the validation and the evaluator are its form
//     chunk (dist/bundle-chunks/load-*.js, src/session/load.ts and what only it imports), fetched with
//     the form. It carries no schema compiler and never generates code: a form built with
//     `cluster-form build` brings its precompiled validators, and for a raw form the element imports
//     Ajv's compiler (@cluster-form/schema/compiler) as a chunk of its own, which pages with built
//     forms never download. Lazily imported modules (Excel, the JSON position parser) are chunks too;
//  3. dist/cluster-form.csp.bundle.js: the name pages under a strict Content-Security-Policy used
//     when the full bundle carried the compiler; it now loads the same bundle;
//  4. dist/cluster-form-excel.bundle.js: <cluster-form-excel>, exceljs a lazy chunk.
// No dependency's code is edited: what the element does not need at once is left out by the
// structure of the imports. The element's html`` and css`` templates are minified by Lit's own plugin
// (@lit-labs/rollup-plugin-minify-html-literals: html-minifier for markup, Lightning CSS for stylesheets).
// Source maps carry the project's sources, not the dependencies' (scripts/own-source-maps.mjs at the repository root).
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import minifyHtml from "@lit-labs/rollup-plugin-minify-html-literals";
import { libraryConfig } from "../../scripts/rollup-library.mjs";
import { ownSourceMapsOnly } from "../../scripts/own-source-maps.mjs";
// The bundles read the workspace packages from their sources, not their dist (see the module).
import { workspaceSources } from "../../scripts/workspace-sources.mjs";

// Each bundle exports what its entry module exports: its declarations are the library build's.
const bundleTypes = (file, input) => ({
  name: "bundle-types",
  generateBundle() {
    const entry = input.replace(/^src\//, "./").replace(/\.ts$/, ".js");
    this.emitFile({ type: "asset", fileName: file.replace(/\.js$/, ".d.ts"), source: `export * from "${entry}";\n` });
  },
});

// The eval-free bundle's former name: a module that loads the element's bundle (itself eval-free now).
const cspAlias = () => ({
  name: "csp-alias",
  generateBundle() {
    for (const [fileName, source] of [
      ["cluster-form.csp.bundle.js", 'export * from "./cluster-form.bundle.js";\n'],
      ["cluster-form.csp.bundle.d.ts", 'export * from "./cluster-form.bundle.js";\n'],
    ]) {
      this.emitFile({ type: "asset", fileName, source });
    }
  },
});

const bundle = (file, input = "src/define.ts", extraPlugins = []) => ({
  input,
  // The entry file holds the element itself; lazily loaded chunks import from it (no facade module).
  preserveEntrySignatures: "allow-extension",
  output: {
    dir: "dist",
    entryFileNames: file,
    chunkFileNames: "bundle-chunks/[name]-[hash].js",
    format: "es",
    sourcemap: true,
    // exceljs in a chunk of its own (still loaded only with Excel): a chunk of dependencies alone ships no map.
    manualChunks: (id) => (/[\\/]node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?exceljs[\\/]/.test(id) ? "exceljs" : undefined),
  },
  // jsonc-parser's top-level code only declares enums: unused, it can go.
  treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(id) },
  plugins: [
    ...extraPlugins,
    bundleTypes(file, input),
    workspaceSources(),
    typescript({
      tsconfig: "./tsconfig.json",
      compilerOptions: { module: "ESNext", moduleResolution: "Bundler", declaration: false, noEmit: false, outDir: "dist", rootDir: "src" },
    }),
    // The element's html`` templates lose their indentation and comments, its css`` stylesheets are
    // minified by Lightning CSS; a boolean attribute is written without a value, as in the sources (`readonly`).
    minifyHtml({
      include: ["src/**/*.ts"],
      failOnError: true,
      options: { minifyOptions: { collapseBooleanAttributes: true } },
    }),
    nodeResolve({ browser: true, exportConditions: ["browser", "import", "default"] }),
    commonjs(),
    json({ compact: true }),
    // Only terser's safe transforms: `unsafe_arrows` turns `function () {}` into arrows, and the bundled
    // exceljs (bn.js's `inherits`) calls `new` on such a function ("r is not a constructor").
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3 } }),
    ownSourceMapsOnly(),
  ],
});

const builds = {
  // cluster-form.js and events.js are entries too: custom-elements.json names the modules that declare the elements and events.
  library: libraryConfig({
    input: { index: "src/index.ts", define: "src/define.ts", "excel-actions": "src/excel-actions.ts", "cluster-form": "src/components/cluster-form/cluster-form.component.ts", events: "src/events.ts" },
  }),
  bundle: bundle("cluster-form.bundle.js", "src/define.ts", [cspAlias()]),
  // <cluster-form-excel> for a plain script tag, next to the element's bundle; exceljs stays a lazy chunk.
  excel: bundle("cluster-form-excel.bundle.js", "src/excel-actions.ts"),
};

// `CF_BUILDS=bundle npx rollup -c` builds only some of them (while working on the element).
const only = process.env.CF_BUILDS?.split(",");
export default Object.entries(builds)
  .filter(([name]) => !only || only.includes(name))
  .map(([, config]) => config);
