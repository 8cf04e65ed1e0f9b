// Builds of @cluster-form/editor:
//  1. the Node library (dist/index.js: startEditor; dist/edits/: the headless editing library), dependencies left as imports;
//  2. dist/app/editor.js: the editor's page, with Lit, the part of the editing library the page uses and what
//     that uses of the schema and rules packages (read from their sources, so that what the page never runs
//     is left out), served by startEditor. The raw JSON-Logic editor (CodeMirror) is a chunk beside it,
//     loaded when a raw rule is first opened. No Ajv and no pinyin dictionary: the server builds the
//     preview's validators and runs the scaffolds that make ids from labels.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { libraryConfig } from "../../scripts/rollup-library.mjs";
import { ownSourceMapsOnly } from "../../scripts/own-source-maps.mjs";
import { workspaceSources } from "../../scripts/workspace-sources.mjs";

export default [
  libraryConfig({ input: { index: "src/index.ts", "edits/index": "src/edits/index.ts", "edits-node": "src/edits-node.ts" } }),
  {
    input: { editor: "src/app/main.ts" },
    output: { dir: "dist/app", format: "es", sourcemap: true, entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    // jsonc-parser's top-level code only declares enums: unused, it can go.
    treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(id) },
    plugins: [
      workspaceSources(),
      nodeResolve({ browser: true, exportConditions: ["browser", "import", "default"] }),
      commonjs(),
      json(),
      typescript({ tsconfig: "./tsconfig.app.json", compilerOptions: { module: "ESNext", moduleResolution: "Bundler", declaration: false, noEmit: false, outDir: "dist/app", rootDir: "src" } }),
      terser({ format: { comments: false } }),
      // The page's source map carries this project's sources, not its dependencies'.
      ownSourceMapsOnly(),
    ],
  },
];
