/**
 * The findings of submission validation, held to digests recorded before a change meant to leave
 * them alone (a faster validator): the 200 generated 2020-handbook submissions of the scoring
 * benchmark (scripts/bench/generate.mjs) and hostile or broken variants of the sample, each in both
 * modes, by the runtime-compiled validator, the incremental one (twice, the second time on the same
 * objects) and the module `cluster-form build` writes. Every finding counts: codes, pointers,
 * labels, messages in both languages, order. A change of findings records them again with
 * `RECORD_VALIDATION_FINDINGS=1 npx vitest run packages/schema/test/findings-digests.test.ts`.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createSubmissionValidator } from "../src/index.js";
import type { PrecompiledValidators, SubmissionValidator } from "../src/index.js";
import { compileStandaloneValidators } from "../src/build.js";
import { loadFormFolder } from "../src/node.js";
import { repo } from "./helpers.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript, without declarations.
import { generateSubmissions } from "../../../scripts/bench/generate.mjs";

const digestsPath = fileURLToPath(new URL("./fixtures/validation-findings.json", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "cluster-form-findings-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as { data: Record<string, Json> } & Json;

/** A copy of the sample with `edit` applied. */
function variant(edit: (submission: { data: Record<string, Json> } & Json) => void): unknown {
  const submission = structuredClone(sample);
  edit(submission);
  return submission;
}

const rows = (count: number, row: () => unknown): unknown[] => Array.from({ length: count }, row);
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};
const table = (submission: { data: Record<string, Json> }, id: string): Json => submission.data[id] as Json;

/** Hostile and broken submissions: each bound the validator enforces, and each kind of error the schemas report. */
const hostile: readonly unknown[] = [
  null,
  [],
  "text",
  {},
  { form: 5, data: 5, scores: [] },
  variant((s) => (table(s, "table6")["organisations"] = rows(340_000, () => ({})))),
  variant((s) => (table(s, "table6")["organisations"] = rows(51, () => ({ name: 5 })))),
  variant((s) => {
    const innovation = table(s, "table9")["innovation"] as Json;
    innovation["hubeiAward"] = { items: rows(21, () => ({ name: "x", year: 2019 })) };
    table(s, "table6")["organisations"] = rows(60, () => ({}));
  }),
  variant((s) => (s.data["table1"] = nested(100_000) as Json)),
  variant((s) => (s.data["table1"] = nested(70) as Json)),
  variant((s) => (s.data["table1"] = nested(60) as Json)),
  // Past the form's size limit (128 MB), at three bytes a character; under it only by its first, cheap bound; and under both.
  variant((s) => (table(s, "report")["basics"] = "字".repeat(45_000_000))),
  variant((s) => (table(s, "report")["basics"] = "a".repeat(50_000_000))),
  variant((s) => (table(s, "report")["basics"] = "字".repeat(30_000_000))),
  variant((s) => (table(s, "report")["basics"] = "字".repeat(100_000))),
  variant((s) => (table(s, "cover")["name"] = "😀".repeat(200))),
  variant((s) => (table(s, "cover")["name"] = "a".repeat(10_000))),
  variant((s) => {
    const cover = table(s, "cover");
    for (let i = 0; i < 100_000; i++) cover[`extra${i}`] = i;
  }),
  variant((s) => {
    const cover = table(s, "cover");
    cover["__proto__"] = { polluted: true };
    cover["constructor"] = "x";
    cover["name"] = 5;
    cover["type"] = "nowhere";
  }),
  variant((s) => {
    const enterprises = table(s, "table2")["enterprises"] as Json[];
    enterprises.splice(0, 4, "row" as unknown as Json, null as unknown as Json, [] as unknown as Json, { name: "", creditCode: "x", sales2020: -1, tax2020: "5" });
  }),
  variant((s) => {
    (table(s, "table4")["policies"] as Json[]).forEach((policy, index) => (policy["date"] = ["2020-02-30", "2021-13-01", "20200101", "2020-2-1", "２０２０-01-01"][index % 5]));
    table(s, "table12")["signature"] = { signer: 5, date: "2019-02-29" };
  }),
  variant((s) => {
    for (const id of Object.keys(s.data)) s.data[id] = [] as unknown as Json;
  }),
  variant((s) => {
    // Choices outside their lists, of the wrong type, and missing, in rows and in a part.
    const organisations = table(s, "table6")["organisations"] as Json[];
    Object.assign(organisations[0] as Json, { kind: "nowhere", operating: "yes" });
    Object.assign(organisations[1] as Json, { kind: 3, operating: null });
    delete (organisations[2] as Json)["kind"];
    Object.assign(table(s, "table7"), { parkPlan: "", infrastructure: ["complete"] });
  }),
  variant((s) => {
    delete s.data["cover"];
    delete (s as Json)["form"];
    (s as Json)["scores"] = { nowhere: { self: 5 }, "t1.scale": { self: "x", expert: 1e9 } };
  }),
  variant((s) => ((s as Json)["form"] = { id: "another-form", version: "0" })),
  variant((s) => ((s as Json)["form"] = { id: (sample["form"] as Json)["id"], version: "0.0.1" })),
];

/** Each validator's findings for each submission in both modes, as a digest. */
function digestsOf(validators: readonly SubmissionValidator[], submissions: readonly unknown[]): string[] {
  return submissions.map((submission) => {
    const findings = validators.flatMap((validator) => (["draft", "final"] as const).map((mode) => validator.validate(submission, mode)));
    return createHash("sha256").update(JSON.stringify(findings)).digest("hex").slice(0, 16);
  });
}

describe("the findings of submission validation", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const generated = (generateSubmissions as (pkg: unknown, sample: unknown, count: number) => unknown[])(pkg, sample, 200);
  const file = join(temp, "validators.mjs");
  writeFileSync(file, compileStandaloneValidators(pkg));
  const precompiled = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
  const incremental = createSubmissionValidator(pkg, { incremental: true });
  // The incremental validator twice: the second time it gives what it remembered of each object.
  const validators = [createSubmissionValidator(pkg), incremental, incremental, createSubmissionValidator(pkg, { precompiled })];

  // The other form of the repository (references, not cut into pieces): its sample, emptied and mistyped.
  const application = await loadFormFolder(repo("forms/2021-application"));
  const applicationSample = JSON.parse(readFileSync(repo("examples/data/2021-application.sample.json"), "utf8")) as Json;
  const applicationSubmissions = [applicationSample, { ...applicationSample, data: Object.fromEntries(Object.keys(applicationSample["data"] as Json).map((id) => [id, {}])) }, JSON.parse(JSON.stringify(applicationSample).replace(/"[^"]*"(?=[,}])/g, "5")) as unknown];
  const applicationValidators = [createSubmissionValidator(application), createSubmissionValidator(application, { incremental: true })];

  it("are the recorded ones, for the benchmark's submissions and hostile ones", () => {
    const digests = {
      generated: digestsOf(validators, generated),
      hostile: digestsOf(validators, hostile),
      application: digestsOf(applicationValidators, applicationSubmissions),
    };
    if (process.env["RECORD_VALIDATION_FINDINGS"] === "1") writeFileSync(digestsPath, `${JSON.stringify(digests, null, 1)}\n`);
    expect(digests).toEqual(JSON.parse(readFileSync(digestsPath, "utf8")) as unknown);
  });
});
