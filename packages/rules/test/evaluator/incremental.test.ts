// An incremental evaluator (`incremental: true`, as <cluster-form> uses) gives exactly what a
// fresh one gives, after any sequence of edits made the way the element makes them: the objects
// along the changed path replaced, everything else shared with the previous submission.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { formatPointer } from "../../../schema/src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";
import { loadFixture } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** A copy of `root` with `value` at `path` (`undefined` removes it); only the containers on the path are new. */
function setIn(root: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container = typeof root === "object" && root !== null ? root : typeof head === "number" ? [] : {};
  const child = setIn((container as Record<string, unknown>)[head], rest, value);
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[Number(head)] = child === undefined ? null : child;
    return copy;
  }
  const copy: Record<string, unknown> = { ...container };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy;
}

function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** Paths of every leaf, and of every list, in the sample. */
function pathsOf(value: unknown, path: Path = [], leaves: Path[] = [], lists: Path[] = []): { leaves: Path[]; lists: Path[] } {
  if (Array.isArray(value)) {
    lists.push(path);
    value.forEach((item, index) => pathsOf(item, [...path, index], leaves, lists));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], leaves, lists);
  } else leaves.push(path);
  return { leaves, lists };
}

type Edit = { kind: "set"; path: Path; value: unknown } | { kind: "addRow" | "removeRow" | "moveRow"; list: Path };

function apply(submission: unknown, edit: Edit): unknown {
  if (edit.kind === "set") return setIn(submission, edit.path, edit.value);
  const rows = getIn(submission, edit.list);
  if (!Array.isArray(rows)) return submission;
  if (edit.kind === "addRow") return setIn(submission, edit.list, [...rows, rows.length > 0 ? { ...(rows[0] as object) } : {}]);
  // The same row objects at other indices: what is remembered per row must follow its place.
  if (edit.kind === "moveRow") return setIn(submission, edit.list, [...rows.slice(-1), ...rows.slice(0, -1)]);
  return setIn(submission, edit.list, rows.slice(0, -1));
}

const FORMS = [
  { form: "forms/2020-handbook", sample: "examples/data/2020-handbook.sample.json" },
  { form: "forms/2021-application", sample: "examples/data/2021-application.sample.json" },
];

describe.each(FORMS)("incremental evaluation of $form", async ({ form, sample: samplePath }) => {
  const pkg = await loadFormFolder(repo(form));
  const sample = JSON.parse(readFileSync(repo(samplePath), "utf8")) as Json;
  const { leaves, lists } = pathsOf(sample);
  const sampleValues = leaves.map((path) => getIn(sample, path));
  const reasonPaths: Path[] = createEvaluator(pkg)
    .evaluate(sample)
    .criteria.flatMap((criterion) => pkg.manifest.scoreColumns.map((column) => ["reasons", criterion.id, column.id]));
  // A written reason beside each typed score: whether a review column counts a changed score (forms without criteria have none).
  const reasonEdits =
    reasonPaths.length === 0
      ? []
      : [
          {
            weight: 2,
            arbitrary: fc.record({
              kind: fc.constant("set" as const),
              path: fc.constantFrom(...reasonPaths),
              value: fc.oneof(fc.constant(undefined), fc.constant(""), fc.string({ minLength: 1, maxLength: 6 })),
            }),
          },
        ];
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant("set" as const),
        path: fc.constantFrom(...leaves.filter((path) => path[0] === "data" || path[0] === "scores")),
        // Values the form expects somewhere (so that conditions and thresholds flip), and others.
        value: fc.oneof(fc.constantFrom(...sampleValues), fc.constant(undefined), fc.constant(null), fc.double({ min: -10, max: 1e6, noNaN: true }), fc.string({ maxLength: 6 })),
      }),
    },
    ...reasonEdits,
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("addRow" as const), list: fc.constantFrom(...lists) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("removeRow" as const), list: fc.constantFrom(...lists) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("moveRow" as const), list: fc.constantFrom(...lists) }) },
  );

  it("gives what a fresh evaluator gives after every edit", () => {
    const fresh = createEvaluator(pkg);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom("draft" as const, "final" as const), (edits, mode) => {
        const incremental = createEvaluator(pkg, { incremental: true });
        let submission: unknown = sample;
        expect(incremental.evaluate(submission, { mode })).toEqual(fresh.evaluate(submission, { mode }));
        for (const change of edits) {
          submission = apply(submission, change);
          expect(incremental.evaluate(submission, { mode })).toEqual(fresh.evaluate(submission, { mode }));
        }
      }),
      { numRuns: 25 },
    );
  });

  it("updates from the previous result, told what changed, to what a fresh evaluator gives after every edit", () => {
    const fresh = createEvaluator(pkg);
    // What the runs went through: schema findings (on rows too) and blanks in rows must have been compared, not only scores.
    const seen = { schemaFindings: 0, rowSchemaFindings: 0, rowBlanks: 0 };
    const inRow = (pointer: string) => /\/\d+\//.test(pointer);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom("draft" as const, "final" as const), (edits, mode) => {
        const incremental = createEvaluator(pkg, { incremental: true });
        let submission: unknown = sample;
        let result = incremental.evaluate(submission, { mode });
        for (const change of edits) {
          submission = apply(submission, change);
          result = incremental.update(result, submission, [formatPointer(change.kind === "set" ? change.path : change.list)], { mode });
          const expected = fresh.evaluate(submission, { mode });
          expect(result.findings).toEqual(expected.findings);
          expect(result.completeness).toEqual(expected.completeness);
          expect(result).toEqual(expected);
          const schemaFindings = result.findings.filter((finding) => finding.code.startsWith("data-"));
          seen.schemaFindings += schemaFindings.length;
          seen.rowSchemaFindings += schemaFindings.filter((finding) => inRow(finding.pointer)).length;
          seen.rowBlanks += result.completeness.parts.flatMap((part) => part.blanks).filter((blank) => inRow(blank.pointer)).length;
        }
      }),
      { numRuns: 25, seed: 22 },
    );
    expect(seen.schemaFindings).toBeGreaterThan(0);
    expect(seen.rowSchemaFindings).toBeGreaterThan(0);
    expect(seen.rowBlanks).toBeGreaterThan(0);
  });

  it("counts again only the row an edit touched: the other rows' blanks are the same objects as before", () => {
    const lists = pathsOf(sample).lists.filter((list) => list[0] === "data" && Array.isArray(getIn(sample, list)) && (getIn(sample, list) as unknown[]).length >= 3);
    const fresh = createEvaluator(pkg);
    for (const list of lists) {
      const rows = getIn(sample, list) as Json[];
      const row = rows[0];
      if (typeof row !== "object" || row === null || Array.isArray(row)) continue;
      const keys = Object.keys(row).filter((key) => typeof row[key] !== "object");
      if (keys.length === 0) continue;
      // The first and the last row left empty (a draft: no schema finding, so rules read the rows as they are): their required fields show as blanks.
      const withBlanks = setIn(setIn(sample, [...list, 0], {}), [...list, rows.length - 1], {});
      const incremental = createEvaluator(pkg, { incremental: true });
      const before = incremental.evaluate(withBlanks);
      const blanksOf = (result: typeof before, index: number) =>
        result.completeness.parts.flatMap((part) => part.blanks).filter((blank) => blank.pointer.startsWith(`${formatPointer([...list, index])}/`));
      if (blanksOf(before, 0).length === 0) continue;
      const edited = setIn(withBlanks, [...list, 1, keys[0] as string], row[keys[0] as string]);
      const after = incremental.update(before, edited, [formatPointer([...list, 1, keys[0] as string])]);
      expect(after).toEqual(fresh.evaluate(edited));
      const [first, last] = [blanksOf(after, 0), blanksOf(after, rows.length - 1)];
      first.forEach((blank, i) => expect(blank).toBe(blanksOf(before, 0)[i]));
      last.forEach((blank, i) => expect(blank).toBe(blanksOf(before, rows.length - 1)[i]));
      return;
    }
    throw new Error(`${form}: no list of 3 rows or more with required fields to try`);
  });

  it("leaves the submission as it was", () => {
    const submission = structuredClone(sample);
    const incremental = createEvaluator(pkg, { incremental: true });
    incremental.evaluate(submission);
    incremental.evaluate(setIn(submission, ["data"], { ...(submission as { data: object }).data }));
    expect(submission).toEqual(sample);
  });
});

describe("an expert's changed score and its reason", () => {
  it("counts the changed score once its reason is written, on update as on a fresh evaluation", async () => {
    const pkg = await loadFormFolder(repo("forms/2020-handbook"));
    const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as Json;
    const criterion = "t3.plan";
    const fresh = createEvaluator(pkg);
    const incremental = createEvaluator(pkg, { incremental: true });
    const computed = fresh.evaluate(sample).criteria.find((c) => c.id === criterion)?.scores.expert?.value;
    expect(typeof computed).toBe("number");
    const changed = setIn(sample, ["scores", criterion, "expert"], Number(computed) - 1);
    const withReason = setIn(changed, ["reasons", criterion, "expert"], "依据不足");
    let result = incremental.evaluate(sample);
    result = incremental.update(result, changed, [formatPointer(["scores", criterion, "expert"])]);
    expect(result).toEqual(fresh.evaluate(changed));
    result = incremental.update(result, withReason, [formatPointer(["reasons", criterion, "expert"])]);
    expect(result).toEqual(fresh.evaluate(withReason));
    expect(result.criteria.find((c) => c.id === criterion)?.scores.expert?.value).toBe(Number(computed) - 1);
  });
});

describe("what an incremental evaluation keeps", () => {
  const pkg = loadFixture("mini-form");
  const byId = (result: ReturnType<ReturnType<typeof createEvaluator>["evaluate"]>) => new Map(result.criteria.map((c) => [c.id, c]));

  it("keeps the result objects of criteria and parts whose inputs did not change, and makes new ones for those that did", () => {
    const evaluator = createEvaluator(pkg, { incremental: true });
    const before = evaluator.evaluate(completeSubmission);
    // a.digital reads tA.rdToolsRate; the score typed for b.plan changes; nothing of tB's data does.
    const edited = setIn(setIn(completeSubmission, ["data", "tA", "rdToolsRate"], 10), ["scores", "b.plan", "self"], 2);
    const after = evaluator.evaluate(edited);
    const [old, now] = [byId(before), byId(after)];
    expect(now.get("a.digital")).not.toBe(old.get("a.digital"));
    expect(now.get("a.digital")).toEqual(byId(createEvaluator(pkg).evaluate(edited)).get("a.digital"));
    expect(now.get("b.plan")).not.toBe(old.get("b.plan"));
    expect(now.get("b.plan")?.scores.self?.value).toBe(2);
    expect(now.get("a.platform")).toBe(old.get("a.platform"));
    const part = (result: typeof before, id: string) => result.completeness.parts.find((p) => p.part === id);
    expect(part(after, "tB")).toBe(part(before, "tB"));
    expect(part(after, "tA")).not.toBe(part(before, "tA"));
  });

  it("re-runs on update only what the changed pointers touch", () => {
    const evaluator = createEvaluator(pkg, { incremental: true });
    const before = evaluator.evaluate(completeSubmission);
    const edited = setIn(completeSubmission, ["data", "tA", "rdToolsRate"], 10);
    // Told the wrong pointer, it keeps a.digital's old result: what it reuses is decided by the graph, not by looking.
    const misinformed = evaluator.update(before, edited, ["/data/tB"]);
    expect(byId(misinformed).get("a.digital")).toBe(byId(before).get("a.digital"));
    const after = evaluator.update(before, edited, ["/data/tA/rdToolsRate"]);
    expect(byId(after).get("a.digital")).not.toBe(byId(before).get("a.digital"));
    expect(after).toEqual(createEvaluator(pkg).evaluate(edited));
    expect(byId(after).get("a.platform")).toBe(byId(before).get("a.platform"));
    // A result it did not give, or an evaluator that keeps nothing: a full evaluation.
    expect(createEvaluator(pkg).update(before, edited, [])).toEqual(after);
    expect(evaluator.update(createEvaluator(pkg).evaluate(completeSubmission), edited, [])).toEqual(after);
  });

  it("gives a kept criterion's findings again, in their place", () => {
    const evaluator = createEvaluator(pkg, { incremental: true });
    const outOfRange = setIn(completeSubmission, ["scores", "a.platform", "self"], 99);
    const first = evaluator.evaluate(outOfRange);
    expect(first.findings.filter((f) => f.code === "score.invalid")).toHaveLength(1);
    const second = evaluator.evaluate(setIn(outOfRange, ["data", "cover", "name"], "另一个集群"));
    expect(second.findings).toEqual(createEvaluator(pkg).evaluate(setIn(outOfRange, ["data", "cover", "name"], "另一个集群")).findings);
  });

  it("counts a blank field that starts to apply, though its part's data is the same object", () => {
    const evaluator = createEvaluator(pkg, { incremental: true });
    // 绿色食品认证数 is blank and applies only to an agricultural cluster.
    const blank = setIn(completeSubmission, ["data", "tA", "greenFood"], undefined);
    const tA = (result: ReturnType<typeof evaluator.evaluate>) => result.completeness.parts.find((p) => p.part === "tA");
    expect(tA(evaluator.evaluate(blank))?.blanks).toEqual([]);
    const agricultural = setIn(blank, ["data", "cover", "agricultural"], true);
    expect(tA(evaluator.evaluate(agricultural))?.blanks.map((b) => b.pointer)).toEqual(["/data/tA/greenFood"]);
    expect(evaluator.evaluate(blank).completeness).toEqual(createEvaluator(pkg).evaluate(blank).completeness);
  });
});
