// Builds of @cluster-form/renderer:
//  1. the ES module library (dist/index.js, dist/define.js, .d.ts), dependencies left as imports;
//  2. dist/cluster-form.bundle.js: one self-contained minified module (Lit, Ajv, json-logic-js inside)
//     for a plain <script type="module">; lazily imported modules (Excel) become separate chunks;
//  3. dist/cluster-form.csp.bundle.js: the same without the Ajv compiler, for pages under a strict
//     Content-Security-Policy that load validators precompiled by `cluster-form build`.
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { libraryConfig } from "../../scripts/rollup-library.mjs";
import { slimAjv } from "./scripts/slim-ajv.mjs";
import { withoutAjvCompiler } from "./scripts/without-ajv-compiler.mjs";

// The bundles read the workspace packages from their sources, not their dist: rollup then sees every
// module, so what the element never uses (definition checks, meta-schemas, the JSON position parser)
// is left out or split into lazily loaded chunks.
const WORKSPACE_SOURCES = {
  "@cluster-form/schema": "../schema/src/index.ts",
  "@cluster-form/rules": "../rules/src/index.ts",
  "@cluster-form/rules/excel": "../rules/src/excel/index.ts",
};
const OTHER_PACKAGE_SOURCE = /[\\/]packages[\\/](schema|rules)[\\/]src[\\/].*\.ts$/;
const workspaceSources = () => ({
  name: "workspace-sources",
  resolveId(id, importer) {
    // Both packages declare `"sideEffects": false`, which rollup only reads through node-resolve.
    if (Object.hasOwn(WORKSPACE_SOURCES, id)) return { id: fileURLToPath(new URL(WORKSPACE_SOURCES[id], import.meta.url)), moduleSideEffects: false };
    // Their relative imports name the .js files that tsc would emit.
    if (importer && OTHER_PACKAGE_SOURCE.test(importer) && id.startsWith(".") && id.endsWith(".js")) {
      return { id: fileURLToPath(new URL(id.replace(/\.js$/, ".ts"), pathToFileURL(importer))), moduleSideEffects: false };
    }
    return null;
  },
  // Type-checked by their own builds; here they are only stripped of types.
  transform(code, id) {
    if (!OTHER_PACKAGE_SOURCE.test(id)) return null;
    const { outputText, sourceMapText } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, sourceMap: true },
    });
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ""), map: sourceMapText };
  },
});

// The element's stylesheet (one css`` template without interpolations or quoted text) minified:
// comments and layout whitespace removed.
const compactStyles = () => ({
  name: "compact-styles",
  transform(code, id) {
    if (!id.endsWith("cluster-form.styles.ts")) return null;
    return code.replace(/css\s*`([^`$]*)`/g, (_, text) =>
      `css\`${text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").replace(/\s*([{};,>])\s*/g, "$1").trim()}\``,
    );
  },
});

const bundle = (file, extraPlugins = [], input = "src/define.ts") => ({
  input,
  // The entry file holds the element itself; lazily loaded chunks import from it (no facade module).
  preserveEntrySignatures: "allow-extension",
  output: {
    dir: "dist",
    entryFileNames: file,
    chunkFileNames: "bundle-chunks/[name]-[hash].js",
    format: "es",
    sourcemap: true,
  },
  // jsonc-parser's top-level code only declares enums: unused, it can go.
  treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(id) },
  plugins: [
    ...extraPlugins,
    slimAjv(),
    workspaceSources(),
    typescript({
      tsconfig: "./tsconfig.json",
      compilerOptions: { module: "ESNext", moduleResolution: "Bundler", declaration: false, noEmit: false, outDir: "dist", rootDir: "src" },
    }),
    // After the TypeScript plugin, which reads its sources from disk.
    compactStyles(),
    nodeResolve({ browser: true, exportConditions: ["browser", "import", "default"] }),
    commonjs(),
    json({ compact: true }),
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } }),
  ],
});

const builds = {
  library: libraryConfig({ input: { index: "src/index.ts", define: "src/define.ts", "excel-actions": "src/excel-actions.ts" } }),
  bundle: bundle("cluster-form.bundle.js"),
  csp: bundle("cluster-form.csp.bundle.js", [withoutAjvCompiler()]),
  // <cluster-form-excel> for a plain script tag, next to either bundle; exceljs stays a lazy chunk.
  excel: bundle("cluster-form-excel.bundle.js", [], "src/excel-actions.ts"),
};

// `CF_BUILDS=bundle npx rollup -c` builds only some of them (while working on the element).
const only = process.env.CF_BUILDS?.split(",");
export default Object.entries(builds)
  .filter(([name]) => !only || only.includes(name))
  .map(([, config]) => config);
