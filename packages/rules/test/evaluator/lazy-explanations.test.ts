// Explanations are built when first read (docs/rules.md, "Explanations"): an enumerable, memoised
// property, so that reading, copying or writing a result as JSON gives what it always gave.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";
import { copy } from "./helpers.js";

const formDir = fileURLToPath(new URL("../../../../forms/2020-handbook/", import.meta.url));
const samplePath = fileURLToPath(new URL("../../../../examples/data/2020-handbook.sample.json", import.meta.url));
const present = existsSync(`${formDir}form.json`) && existsSync(samplePath);

describe.runIf(present)("explanations built when read", async () => {
  const pkg = await loadFormFolder(formDir);
  const sample = JSON.parse(readFileSync(samplePath, "utf8")) as { data: { table5: Record<string, unknown> } };
  const evaluator = createEvaluator(pkg);

  it("are an enumerable property that JSON, spreading and structuredClone all carry", () => {
    const result = evaluator.evaluate(sample);
    const first = result.criteria[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(Object.keys(first)).toContain("explanation");
    expect(Object.getOwnPropertyDescriptor(first, "explanation")?.enumerable).toBe(true);
    const written = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(written.criteria.map((c) => c.explanation)).toEqual(result.criteria.map((c) => c.explanation));
    expect(structuredClone(first).explanation).toEqual(first.explanation);
    expect({ ...first }.explanation).toBe(first.explanation);
    // Memoised: the same object every time it is read.
    expect(first.explanation).toBe(first.explanation);
    expect(result.criteria.some((c) => c.explanation.steps.length > 0)).toBe(true);
  });

  it("show the values the evaluation read, even when the submission is changed in place before they are read", () => {
    const submission = copy(sample);
    const fresh = evaluator.evaluate(copy(sample));
    const result = evaluator.evaluate(submission);
    for (const key of Object.keys(submission.data.table5)) submission.data.table5[key] = 12345;
    expect(JSON.stringify(result.criteria.map((c) => c.explanation))).toBe(JSON.stringify(fresh.criteria.map((c) => c.explanation)));
  });

  it("leave a result a plain object: its own prototype, no other own keys or symbols, readable when frozen", () => {
    const result = evaluator.evaluate(sample);
    for (const criterion of result.criteria) {
      expect(Object.getPrototypeOf(criterion)).toBe(Object.prototype);
      expect(Reflect.ownKeys(criterion)).toEqual(Object.keys(criterion));
    }
    const frozen = Object.freeze(evaluator.evaluate(sample).criteria.find((c) => c.branch !== null));
    expect(frozen?.explanation.steps.length).toBeGreaterThan(0);
    expect(frozen?.explanation).toBe(frozen?.explanation);
  });

  it("can be replaced by assignment, as a data property can", () => {
    const result = evaluator.evaluate(sample);
    const first = result.criteria[0] as { explanation: unknown };
    const replaced = { inputs: [], steps: [], summary: { zh: "x", en: "x" } };
    first.explanation = replaced;
    expect(first.explanation).toBe(replaced);
  });
});
