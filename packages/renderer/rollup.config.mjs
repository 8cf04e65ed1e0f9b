// Builds of @cluster-form/renderer:
//  1. the ES module library (dist/index.js, dist/define.js, .d.ts), dependencies left as imports;
//  2. dist/cluster-form.bundle.js: one self-contained minified module (Lit, Ajv, json-logic-js inside)
//     for a plain <script type="module">; lazily imported modules (Excel) become separate chunks;
//  3. dist/cluster-form.csp.bundle.js: the same without the Ajv compiler, for pages under a strict
//     Content-Security-Policy that load validators precompiled by `cluster-form build`.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { libraryConfig } from "../../scripts/rollup-library.mjs";
import { withoutAjvCompiler } from "./scripts/without-ajv-compiler.mjs";

const bundle = (file, extraPlugins = []) => ({
  input: "src/define.ts",
  output: {
    dir: "dist",
    entryFileNames: file,
    chunkFileNames: "bundle-chunks/[name]-[hash].js",
    format: "es",
    sourcemap: true,
  },
  plugins: [
    ...extraPlugins,
    typescript({
      tsconfig: "./tsconfig.json",
      compilerOptions: { module: "ESNext", moduleResolution: "Bundler", declaration: false, noEmit: false, outDir: "dist", rootDir: "src" },
    }),
    nodeResolve({ browser: true, exportConditions: ["browser", "import", "default"] }),
    commonjs(),
    json({ compact: true }),
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } }),
  ],
});

const builds = {
  library: libraryConfig({ input: { index: "src/index.ts", define: "src/define.ts" } }),
  bundle: bundle("cluster-form.bundle.js"),
  csp: bundle("cluster-form.csp.bundle.js", [withoutAjvCompiler()]),
};

// `CF_BUILDS=bundle npx rollup -c` builds only some of them (while working on the element).
const only = process.env.CF_BUILDS?.split(",");
export default Object.entries(builds)
  .filter(([name]) => !only || only.includes(name))
  .map(([, config]) => config);
