/** Arbitrary JSON anywhere in a form never crashes the loader, checkDefinition or the validators. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDefinition, createSubmissionValidator, FormDefinitionError, loadFormFiles } from "../src/index.js";
import type { FormFiles } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

let files: Record<string, string>;
beforeAll(async () => {
  const pkg = await loadFormFolder(fixture("minimal-form"));
  files = Object.fromEntries([...pkg.sources].map(([path, source]) => [path, source.text]));
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the value at a path chosen by `steps` (each step picks a child) with `replacement`. */
function replaceSomewhere(value: Json, steps: readonly number[], replacement: Json): Json {
  if (steps.length === 0 || value === null || typeof value !== "object") return replacement;
  const [step = 0, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const index = step % value.length;
    return value.map((item, i) => (i === index ? replaceSomewhere(item, rest, replacement) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  return { ...value, [key]: replaceSomewhere(value[key] as Json, rest, replacement) };
}

async function loadAndCheck(bundle: FormFiles): Promise<void> {
  try {
    const pkg = await loadFormFiles(bundle);
    const findings = checkDefinition(pkg);
    for (const f of findings) expect(f.location.line).toBeGreaterThan(0);
  } catch (error) {
    if (!(error instanceof FormDefinitionError)) throw error;
    expect(error.findings.length).toBeGreaterThan(0);
  }
}

describe("robustness", () => {
  it("loads and checks a form with any value replaced anywhere", async () => {
    const paths = Object.keys(files).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.jsonValue({ maxDepth: 3 }),
        async (fileIndex, steps, replacement) => {
          const path = paths[fileIndex % paths.length] as string;
          const mutated = replaceSomewhere(JSON.parse(files[path] as string) as Json, steps, replacement as Json);
          await loadAndCheck({ files: { ...files, [path]: JSON.stringify(mutated, null, 2) } });
        },
      ),
      // Counterexamples CI once drew: `"type": [{}, {"toString": {}}]` in a part schema (see deep-equal-trap.test.ts);
      // `"properties": null` in a table row's schema, which a grid's column check read as an object.
      {
        numRuns: 300,
        examples: [
          [156288522, [477695371], [{}, { toString: {} }]],
          [2024200272, [995750088, 502863663, 1539540407, 0, 1101555359], null],
        ],
      },
    );
  });

  it("validates any JSON as a submission without throwing", async () => {
    const pkg = await loadFormFolder(fixture("minimal-form"));
    const validator = createSubmissionValidator(pkg);
    const sample = JSON.parse(readFileSync(fixture("minimal-form/tests/planning.json"), "utf8")) as { cases: { submission: Json }[] };
    const base = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, ...(sample.cases[0]?.submission as object) } as Json;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 4 }), fc.constantFrom("draft" as const, "final" as const), (steps, replacement, mode) => {
        const findings = validator.validate(replaceSomewhere(base, steps, replacement as Json), mode);
        for (const f of findings) expect(typeof f.message.zh).toBe("string");
      }),
      { numRuns: 500 },
    );
  });
});
