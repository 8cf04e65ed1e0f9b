// The diff's lines on the two real forms, each changed everywhere an officer changes a year's form:
// every line names criteria, fields, lists and rules by their labels (never an id, a path or a pointer),
// and the lines follow the paper: parts in the manifest's order, criteria in each part's order.
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { diffForms, formatDiff } from "../../src/index.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the edits reach into known form files

const formFolder = (name: string): string => fileURLToPath(new URL(`../../../../forms/${name}`, import.meta.url));

/** The first number under a JSON-Logic rule, raised by one: a threshold, a count or a cap. */
function raiseFirstNumber(node: unknown): boolean {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      if (typeof node[i] === "number") {
        node[i] += 1;
        return true;
      }
      if (raiseFirstNumber(node[i])) return true;
    }
    return false;
  }
  if (typeof node === "object" && node !== null) return Object.values(node).some(raiseFirstNumber);
  return false;
}

/** The form with every criterion renamed, rescored and reworded, every threshold moved, a field relabelled and a page text changed in every part. */
function revised(original: FormPackage): FormPackage {
  const pkg = structuredClone(original) as unknown as { parts: Json[] };
  for (const part of pkg.parts) {
    const rules = part.rules as Json | undefined;
    for (const def of rules?.computed ?? []) raiseFirstNumber(def.logic);
    for (const def of rules?.applicability ?? []) raiseFirstNumber(def.when);
    for (const def of rules?.checks ?? []) raiseFirstNumber(def.assert);
    for (const def of rules?.veto ?? []) raiseFirstNumber(def.when);
    for (const criterion of rules?.criteria ?? []) {
      criterion.label = `${criterion.label}（修订）`;
      criterion.text = `${criterion.text}（修订）`;
      const [first] = criterion.branches as Json[];
      if (first) {
        first.text = `${first.text}（修订）`;
        if (typeof first.points === "number") first.points += 1;
        raiseFirstNumber(first.when);
        raiseFirstNumber(first.logic);
      }
    }
    const properties = Object.values((part.schema as Json | undefined)?.properties ?? {}) as Json[];
    const titled = properties.find((p) => typeof p.title === "string");
    if (titled) titled.title = `${titled.title}（新）`;
    const text = (part.layout.blocks as Json[]).find((b) => typeof b.text === "string");
    if (text) text.text = `${text.text}（新）`;
  }
  return pkg as unknown as FormPackage;
}

/** Everything a line must not show: criteria, computed values, checks, vetoes and parts by id, field paths and pointers. */
function internalNames(pkg: FormPackage): string[] {
  const names: string[] = [];
  for (const part of pkg.parts) {
    names.push(`（${part.ref.id}）`, `${part.ref.id}.`);
    for (const section of [part.rules?.criteria, part.rules?.computed, part.rules?.checks, part.rules?.veto]) for (const def of section ?? []) names.push(def.id);
  }
  return names;
}

describe.each(["2020-handbook", "2021-application"])("the diff of %s revised everywhere", (name) => {
  test("names every criterion, field and rule by its label, in paper order", async () => {
    const original = await loadFormFolder(formFolder(name));
    const changed = revised(original);
    const diff = diffForms(original, changed);
    const kinds = new Set(diff.changes.map((c) => c.kind));
    const scored = original.parts.some((p) => (p.rules?.criteria ?? []).length > 0);
    const expected = [...(scored ? ["criterion.label", "criterion.text", "branch.text", "branch.points"] : []), "rule.constant", "field.label", "layout.text"];
    for (const kind of expected) expect(kinds, kind).toContain(kind);
    expect(kinds).not.toContain("other");

    for (const lang of ["zh", "en"] as const) {
      const lines = formatDiff(diff, lang).split("\n").slice(1);
      for (const line of lines) {
        for (const internal of internalNames(original)) expect(line, lang).not.toContain(internal);
        expect(line, lang).not.toMatch(/\$computed|\/[A-Za-z*]/);
      }
    }

    const text = formatDiff(diff, "zh");
    const sections = changed.parts.map((p) => text.indexOf(`【${p.ref.title}】`)).filter((at) => at >= 0);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    for (const part of changed.parts) {
      const criteria = (part.rules?.criteria ?? []).map((c) => text.indexOf(`评分指标“${c.label}”`));
      expect(criteria.every((at) => at > 0), part.ref.id).toBe(true);
      expect(criteria, part.ref.id).toEqual([...criteria].sort((a, b) => a - b));
    }
  });
});

test("a removed criterion reads at its old place among its part's criteria", async () => {
  const original = await loadFormFolder(formFolder("2020-handbook"));
  const changed = structuredClone(original) as unknown as { parts: Json[] };
  const table8 = changed.parts.find((p) => p.ref.id === "table8") as Json;
  const criteria = table8.rules.criteria as Json[];
  const [removed] = criteria.splice(1, 1);
  for (const c of criteria) c.text = `${c.text}（修订）`;
  const lines = formatDiff(diffForms(original, changed as unknown as FormPackage), "zh").split("\n");
  const at = (text: string): number => lines.findIndex((line) => line.includes(text));
  expect(at(`删除评分指标“${removed?.label}”`)).toBeGreaterThan(at(`评分指标“${criteria[0]?.label}”的评分细则有改动`));
  expect(at(`删除评分指标“${removed?.label}”`)).toBeLessThan(at(`评分指标“${criteria[1]?.label}”的评分细则有改动`));
});
