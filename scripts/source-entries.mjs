// The workspace packages' entry points and the source file each is built from, read from every
// package.json's "exports" (an `import` condition `./dist/<name>.js` is built from `src/<name>.ts`).
// Tests run and the typecheck reads these sources, so neither needs a build: vitest.config.ts aliases
// them, and tsconfig.json's `paths` must list the same (test/source-entries.test.ts holds it so).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {string} root the repository
 * @returns {{ specifier: string, source: string }[]} e.g. `@cluster-form/schema/node` → `packages/schema/src/node.ts`
 */
export function sourceEntries(root) {
  return readdirSync(join(root, "packages")).flatMap((folder) => {
    const { name, exports = {} } = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"));
    return Object.entries(exports).flatMap(([subpath, target]) => {
      const built = typeof target === "object" && target !== null ? /^\.\/dist\/(.+)\.js$/.exec(target.import ?? "") : null;
      if (!built) return [];
      return [{ specifier: subpath === "." ? name : `${name}/${subpath.slice(2)}`, source: `packages/${folder}/src/${built[1]}.ts` }];
    });
  });
}
