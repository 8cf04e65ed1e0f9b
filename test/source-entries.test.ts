/**
 * The typecheck and the tests read each package's sources, never its build, so both work on a fresh
 * checkout: tsconfig.json's `paths` name, for every entry point a package.json exports, the source it
 * is built from (vitest.config.ts derives its aliases from the same list).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceEntries } from "../scripts/source-entries.mjs";
import { repoRoot } from "./support/static-server.js";

describe("entry points resolve to sources", () => {
  const entries = sourceEntries(repoRoot);

  it("every exported entry point has its source file", () => {
    expect(entries.map((e) => e.specifier)).toContain("@cluster-form/schema/node");
    for (const { source } of entries) expect(existsSync(join(repoRoot, source)), source).toBe(true);
  });

  it("tsconfig.json's paths are exactly the exported entry points, each to its source", () => {
    const { compilerOptions } = JSON.parse(readFileSync(join(repoRoot, "tsconfig.json"), "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
    const expected = Object.fromEntries(entries.map(({ specifier, source }) => [specifier, [`./${source}`]]));
    expect(compilerOptions.paths).toEqual(expected);
  });
});
