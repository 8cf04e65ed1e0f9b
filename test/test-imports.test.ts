/**
 * One package's tests never import another package's test files: builders and harnesses that
 * several packages' tests share live in test/support/ (and shared fixture forms in test/fixtures/).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/static-server.js";

const IMPORT = /(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : sourceFiles(path);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The package whose tests hold `file` (its folder name), if any. */
const testsOf = (file: string): string | undefined => /^packages\/([^/]+)\/test\//.exec(relative(repoRoot, file))?.[1];

/** Each import of a package's test file that lands in another package's tests, as "from → to". */
function crossPackageTestImports(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const owner = testsOf(file);
    return [...readFileSync(file, "utf8").matchAll(IMPORT)].flatMap(([, specifier = ""]) => {
      const target = resolve(dirname(file), specifier);
      const other = testsOf(target);
      return other !== undefined && other !== owner ? [`${relative(repoRoot, file)} → ${relative(repoRoot, target)}`] : [];
    });
  });
}

describe("shared test support", () => {
  it("no test imports another package's test files", () => {
    const roots = ["packages", "test", "examples"].map((dir) => join(repoRoot, dir));
    const files = roots.flatMap(sourceFiles).filter((file) => !/\/fixtures\//.test(file));
    expect(files.length).toBeGreaterThan(100);
    expect(crossPackageTestImports(files)).toEqual([]);
  });
});
