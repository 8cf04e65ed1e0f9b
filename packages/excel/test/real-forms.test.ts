import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadFormPackage } from "@cluster-form/schema/node";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";
import { createEvaluator } from "@cluster-form/rules";

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe.each([
  ["forms/2020-handbook", "examples/data/2020-handbook.sample.json"],
  ["forms/2021-application", "examples/data/2021-application.sample.json"],
])("%s", (formDir, samplePath) => {
  test("export then import gives the sample submission back", async () => {
    const pkg = await loadFormPackage(root(formDir));
    const sample: unknown = JSON.parse(await readFile(root(samplePath), "utf8"));
    const result = createEvaluator(pkg).evaluate(sample);
    const bytes = await exportSubmissionXlsx(pkg, sample, { result });
    const back = await importSubmissionXlsx(pkg, bytes);
    expect(back.problems).toEqual([]);
    expect(back.submission).toEqual(sample);
  });
});
