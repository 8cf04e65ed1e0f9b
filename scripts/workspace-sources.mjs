// A rollup plugin for the page bundles (the element's, the editor's): they read the workspace packages
// from their sources, not their dist, so that rollup sees every module and leaves out, or splits into
// lazily loaded chunks, what the page never uses (definition checks, meta-schemas, the schema compiler).
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const PACKAGE_SOURCES = {
  "@cluster-form/schema": "../packages/schema/src/index.ts",
  "@cluster-form/schema/compiler": "../packages/schema/src/compiler.ts",
  "@cluster-form/rules": "../packages/rules/src/index.ts",
  "@cluster-form/excel": "../packages/excel/src/index.ts",
};
const PACKAGE_SOURCE = /[\\/]packages[\\/](schema|rules|excel)[\\/]src[\\/].*\.ts$/;

export const workspaceSources = () => ({
  name: "workspace-sources",
  resolveId(id, importer) {
    // The packages declare `"sideEffects": false`, which rollup only reads through node-resolve.
    if (Object.hasOwn(PACKAGE_SOURCES, id)) return { id: fileURLToPath(new URL(PACKAGE_SOURCES[id], import.meta.url)), moduleSideEffects: false };
    // Their relative imports name the .js files that tsc would emit.
    if (importer && PACKAGE_SOURCE.test(importer) && id.startsWith(".") && id.endsWith(".js")) {
      return { id: fileURLToPath(new URL(id.replace(/\.js$/, ".ts"), pathToFileURL(importer))), moduleSideEffects: false };
    }
    return null;
  },
  // Type-checked by their own builds; here they are only stripped of types.
  transform(code, id) {
    if (!PACKAGE_SOURCE.test(id)) return null;
    const { outputText, sourceMapText } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, sourceMap: true },
    });
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ""), map: sourceMapText };
  },
});
