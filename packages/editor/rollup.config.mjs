// Builds of @cluster-form/editor:
//  1. the Node library (dist/index.js: startEditor; dist/edits/: the headless editing library), dependencies left as imports;
//  2. dist/app/editor.js: the editor's page, one module with Lit, the editing library and what it uses of the
//     schema and rules packages inside, served by startEditor.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { libraryConfig } from "../../scripts/rollup-library.mjs";
import { ownSourceMapsOnly } from "../../scripts/own-source-maps.mjs";

export default [
  libraryConfig({ input: { index: "src/index.ts", "edits/index": "src/edits/index.ts", "edits-node": "src/edits-node.ts" } }),
  {
    input: "src/app/main.ts",
    output: { file: "dist/app/editor.js", format: "es", sourcemap: true, inlineDynamicImports: true },
    plugins: [
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
