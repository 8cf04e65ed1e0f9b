/**
 * The 200 generated 2020-handbook submissions of the scoring benchmark (scripts/bench/generate.mjs)
 * give the same results as when the digests in ../fixtures/handbook-generated-results.json were
 * recorded: draft with explanations, final for the applicant, and without schema validation or
 * explanations, each whole result as JSON. A change meant to leave results alone (a faster
 * evaluator, say) is held to them; a change of results records them again with
 * `RECORD_HANDBOOK_RESULTS=1 npx vitest run packages/rules/test/evaluator/handbook-generated.test.ts`.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript, without declarations.
import { generateSubmissions } from "../../../../scripts/bench/generate.mjs";

const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const digestsPath = fileURLToPath(new URL("../fixtures/handbook-generated-results.json", import.meta.url));

describe("the benchmark's 200 generated handbook submissions", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const sample: unknown = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8"));
  const submissions = (generateSubmissions as (pkg: unknown, sample: unknown, count: number) => unknown[])(pkg, sample, 200);

  it("give the recorded results, submission by submission", () => {
    const full = createEvaluator(pkg);
    const rulesOnly = createEvaluator(pkg, { validator: { validate: () => [] } });
    const digests = submissions.map((submission) => {
      const results = [full.evaluate(submission), full.evaluate(submission, { mode: "final", role: "applicant" }), rulesOnly.evaluate(submission, { explain: false })];
      return createHash("sha256").update(JSON.stringify(results)).digest("hex").slice(0, 16);
    });
    if (process.env["RECORD_HANDBOOK_RESULTS"] === "1") writeFileSync(digestsPath, `${JSON.stringify(digests, null, 1)}\n`);
    expect(digests).toEqual(JSON.parse(readFileSync(digestsPath, "utf8")) as unknown);
  });
});
