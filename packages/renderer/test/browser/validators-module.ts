/**
 * Builds the browser module of precompiled validators for a form: the Ajv standalone code from
 * `compileStandaloneValidators`, bundled with the Ajv runtime helpers it imports, so a page can
 * load it under CSP `script-src 'self'` (what `cluster-form build` ships).
 */
import commonjsModule from "@rollup/plugin-commonjs";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { rollup, type Plugin } from "rollup";
import { join } from "node:path";
import type { FormPackage } from "@cluster-form/schema";
import { compileStandaloneValidators } from "@cluster-form/schema/node";
import { repoRoot } from "./server.js";

// The plugin ships CommonJS types: its default export is the factory or carries it as `default`.
type PluginFactory = () => Plugin;
const commonjs: PluginFactory =
  typeof commonjsModule === "function" ? (commonjsModule as unknown as PluginFactory) : (commonjsModule as unknown as { default: PluginFactory }).default;

// The generated module imports Ajv's runtime by bare specifiers, resolved from the schema package.
const ENTRY = join(repoRoot, "packages/schema/__validators__.js");

export async function buildValidatorsModule(pkg: FormPackage): Promise<string> {
  const source = compileStandaloneValidators(pkg, { imports: "package" });
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: "validators-entry", resolveId: (id) => (id === ENTRY ? ENTRY : null), load: (id) => (id === ENTRY ? source : null) },
      nodeResolve({ browser: true }),
      commonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  const [chunk] = output;
  return chunk.code;
}
