/**
 * The structured rule editors on every real rule of both forms: each rule is recognised, named by
 * labels only, changed as an officer would change it through its editor (a threshold, a comparison,
 * a count's list or validity period, a sum's terms, a column, a growth's years, a text of the
 * summary sheet), written with minimal edits inside the rule, and recognised again as the shape
 * written; with every change made, lint finds nothing.
 */
import { lintForm } from "@cluster-form/rules";
import { parsePointer, ruleSites, valueAt } from "@cluster-form/schema";
import { applyEdits, findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { acceptProposal, applyChanges, buildOutline, formNames, recognize, setJudgement, shapeModel, toRule, unnamed, withoutPath, writeShape, type FormNames, type RuleShape, type Site } from "../../src/edits/index.js";
import { countPeriod, countWithin, countableLists, countOf } from "../../src/edits/shapes/count.js";
import { addTerm, numberColumns, removeTerm } from "../../src/edits/shapes/terms.js";
import { loadForm } from "../../src/edits/form.js";
import { EditRefused, parsedFile } from "../../src/edits/text-edits.js";
import { jsonPath } from "../../src/edits/values.js";
import { readFormTexts } from "../../src/edits-node.js";
import { problems } from "./scaffold-support.js";
import { FORMS, formFolder } from "./support.js";

type Of<K extends RuleShape["kind"]> = Extract<RuleShape, { kind: K }>;

/** What an officer changes in a rule of this shape through its editor; undefined when the editor offers no change of it. */
function officerEdit(names: FormNames, shape: RuleShape): RuleShape | undefined {
  switch (shape.kind) {
    case "compare":
      if (typeof shape.value === "number") return { ...shape, value: shape.value + 1 };
      return { ...shape, op: shape.op === "<=" ? "<" : shape.op === ">=" ? ">" : shape.op === "==" ? "===" : "<=" };
    case "answer":
      return { ...shape, op: shape.op === "===" ? "!==" : shape.op === "==" ? "!=" : shape.op === "!==" ? "===" : "==" };
    case "listCount": {
      if (countPeriod(shape.where)) return countWithin(shape, undefined);
      const list = names.lists.find((l) => l.path === shape.list);
      const period = list?.periods[0];
      if (period) return countWithin(shape, { from: period.from.path, until: period.until.path });
      const other = countableLists(names, shape).find((l) => l.path !== shape.list);
      if (other) return countOf(shape, other.path);
      const where = shape.where && officerEdit(names, shape.where);
      return where ? { ...shape, where } : undefined;
    }
    case "listNone": {
      const where = officerEdit(names, shape.where);
      return where ? { ...shape, where } : undefined;
    }
    case "columnSum": {
      const other = numberColumns(names.lists.find((l) => l.path === shape.list)).find((c) => c.path !== shape.column);
      return other ? { ...shape, column: other.path } : undefined;
    }
    case "sum": {
      const grown = addTerm(names, shape);
      return grown === shape ? removeTerm(shape, 0) : grown;
    }
    case "growth":
      return { ...shape, from: shape.to, to: shape.from };
    case "perItem":
      return { ...shape, cap: shape.cap - 2 };
    case "dateInYear": {
      const other = names.dates.find((d) => d.path !== shape.path);
      return other ? { kind: "dateInYear", path: other.path } : undefined;
    }
    case "cases":
      return { ...shape, cases: shape.cases.map((c, i) => (i === 0 ? { ...c, then: `${c.then}集群` } : c)) };
    case "all":
    case "any": {
      const index = shape.of.findIndex((part) => officerEdit(names, part) !== undefined);
      const changed = index < 0 ? undefined : officerEdit(names, shape.of[index] as RuleShape);
      return changed ? { ...shape, of: shape.of.map((p, i) => (i === index ? changed : p)) } : undefined;
    }
    case "not": {
      const changed = officerEdit(names, shape.of);
      return changed ? { ...shape, of: changed } : undefined;
    }
    default:
      return undefined;
  }
}

/** Paths that only the summary sheet reads and no field names (its parameters, the evaluation's results). */
const OUTSIDE_FORM_DATA = /^\$(parameters|result)\./;

describe("structured editors on every rule of both forms", () => {
  for (const name of FORMS) {
    it(`${name}: recognise, name by labels, edit, re-recognise; lint clean after all the edits`, async () => {
      const original = await readFormTexts(formFolder(name));
      const pkg = await loadForm(original);
      const names = formNames(buildOutline(pkg));
      let texts = original;
      const edited: Record<string, number> = {};
      let proposalsAccepted = 0;
      for (const site of ruleSites(pkg)) {
        const shape = recognize(site.logic);
        const where: Site = { file: site.file, pointer: site.pointer };
        if (!shape) throw new Error(`not recognised: ${site.file}${site.pointer}`);
        // Every path is named by the form's own label.
        expect(unnamed(shapeModel(names, shape)).filter((n) => !OUTSIDE_FORM_DATA.test(n.path)), `${site.file}${site.pointer}`).toEqual([]);
        const next = officerEdit(names, shape);
        if (!next) continue;
        const change = writeShape(texts, where, next);
        expect(change.changes.map((c) => c.file)).toEqual([site.file]);
        const [file] = change.changes;
        if (!file?.before) throw new Error("no change");
        // Minimal: every edit lies inside the rule's text and together they rewrite less than the rule.
        const before = file.before;
        const rule = findNodeAtLocation(parseTree(before) as Node, jsonPath(JSON.parse(before), site.pointer)) as Node;
        const removed = file.edits.reduce((n, e) => n + e.length, 0);
        expect(removed, `${site.file}${site.pointer}`).toBeLessThan(rule.length);
        for (const edit of file.edits) expect(edit.offset >= rule.offset && edit.offset + edit.length <= rule.offset + rule.length, `${site.file}${site.pointer}`).toBe(true);
        expect(applyEdits(file.after, [...file.inverse])).toBe(before);
        // Laid out like the file: no new line wider than the form files' 120 columns.
        const old = new Set(before.split("\n"));
        expect(file.after.split("\n").filter((line) => !old.has(line) && line.length > 120), `${site.file}${site.pointer}`).toEqual([]);
        texts = applyChanges(texts, change);
        for (const proposal of change.textProposals) {
          texts = applyChanges(texts, acceptProposal(texts, proposal));
          proposalsAccepted++;
        }
        // Re-recognised as the shape written.
        const written = valueAt(parsedFile(texts, site.file), parsePointer(site.pointer));
        const again = recognize(written as RuleShape & object);
        expect(again, `${site.file}${site.pointer}`).toEqual(next);
        expect(toRule(again as RuleShape)).toEqual(toRule(next));
        edited[shape.kind] = (edited[shape.kind] ?? 0) + 1;
      }
      console.log(name, "edited by shape:", JSON.stringify(edited), "scoring-text proposals accepted:", proposalsAccepted);
      expect(problems(lintForm(await loadForm(texts)))).toEqual([]);
      // Not changed: the summary sheet's 14 plain values, the 2 `filled` answers, and 表6's count of named organisations of
      // the kinds listed (no other list has those kinds); in 2021 the veto's `filled`.
      expect(Object.values(edited).reduce((a, b) => a + b, 0)).toBe({ "2020-handbook": 105, "2021-application": 15 }[name]);
    });
  }
});

describe("a count of listed items within their validity period", () => {
  it("turns the period off and on again to the same JSON, and counts another list with the same columns", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const names = formNames(buildOutline(await loadForm(texts)));
    const site: Site = { file: "parts/table8.rules.json", pointer: "/computed/10/logic" };
    const shape = recognize(valueAt(parsedFile(texts, site.file), parsePointer(site.pointer)) as object) as Of<"listCount">;
    const model = shapeModel(names, shape);
    expect(model).toMatchObject({ kind: "listCount", list: { label: "集群企业商标获“中国驰名商标”称号" }, where: { kind: "all", of: [{ kind: "filled" }, { kind: "validIn", from: { label: "有效期限（起）" }, until: { label: "有效期限（止）" } }] } });
    const off = countWithin(shape, undefined);
    expect(toRule(off)).toEqual({ count: { filter: [{ var: "table8.brands.wellKnownTrademark.items" }, { filled: [{ var: "name" }] }] } });
    expect(countWithin(off, { from: "validFrom", until: "validUntil" })).toEqual(shape);
    // Only lists with a name and both validity columns can be counted by this rule: 表8's ten rows and 表9's three.
    expect(countableLists(names, shape).map((l) => l.label)).toHaveLength(13);
    const changed = writeShape(texts, site, countOf(shape, "table8.brands.greenFood.items"));
    expect(changed.changes[0]?.edits.map((e) => e.content)).toEqual(["greenFood"].map((k) => expect.stringContaining(k)));
    // 表6's organisations have one date: no period to count within.
    const organisations = names.lists.find((l) => l.path === "table6.organisations");
    expect(organisations?.periods).toEqual([]);
  });

  it("lays a count that no longer fits on its line out like its neighbours (表8's 其它 within validity, as 其它：有效期内数量)", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const file = "parts/table8.rules.json";
    const count = (index: number): Of<"listCount"> => recognize(valueAt(parsedFile(texts, file), parsePointer(`/computed/${index}/logic`)) as object) as Of<"listCount">;
    expect(count(19)).toEqual(countWithin(count(9), { from: "validFrom", until: "validUntil" }));
    const after = applyChanges(texts, writeShape(texts, { file, pointer: "/computed/9/logic" }, count(19)))[file] ?? "";
    const block = (text: string, id: string): string => {
      const start = text.indexOf(`"id": "${id}"`);
      return text.slice(text.indexOf('"logic"', start), text.indexOf("\n    }", start));
    };
    expect(block(after, "table8.count.other")).toBe(block(texts[file] ?? "", "table8.valid.other"));
  });

  it("adds the period beside the name's `filled` where the form writes it (表9's implemented projects)", () => {
    const implemented: Of<"listCount"> = {
      kind: "listCount",
      list: "table9.projects",
      where: { kind: "all", of: [{ kind: "all", of: [{ kind: "filled", subject: { kind: "value", path: "name" } }, { kind: "validIn", from: "start", until: "end" }] }, { kind: "answer", subject: { kind: "value", path: "implemented" }, op: "===", value: true }] },
    };
    const off = countWithin(implemented, undefined);
    expect(off.where).toEqual({ kind: "all", of: [{ kind: "filled", subject: { kind: "value", path: "name" } }, { kind: "answer", subject: { kind: "value", path: "implemented" }, op: "===", value: true }] });
    expect(countPeriod(countWithin(off, { from: "start", until: "end" }).where)).toEqual({ from: "start", until: "end" });
  });
});

describe("writing a shape", () => {
  it("inserts and removes a sum's term as one entry of its list, and proposes the scoring text for one changed threshold", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const names = formNames(buildOutline(await loadForm(texts)));
    const site: Site = { file: "parts/table8.rules.json", pointer: "/computed/23/logic" };
    const sum = recognize(valueAt(parsedFile(texts, site.file), parsePointer(site.pointer)) as object) as Of<"sum">;
    expect(shapeModel(names, sum)).toMatchObject({ of: [{ value: { label: "农业产业集群企业产品获“绿色食品”认证：有效期内数量", unit: "件" } }, {}, {}] });
    // A computed value is never offered as a term of itself.
    expect(names.numbers.map((n) => n.path)).toContain("$computed.table8.foodCertifications");
    expect(withoutPath(names, "$computed.table8.foodCertifications").numbers.map((n) => n.path)).not.toContain("$computed.table8.foodCertifications");
    const shorter = writeShape(texts, site, removeTerm(sum, 1));
    expect(shorter.changes[0]?.edits).toHaveLength(1);
    expect(shorter.changes[0]?.edits[0]?.content).toBe("");
    const threshold = writeShape(texts, { file: "parts/table5.rules.json", pointer: "/criteria/0/branches/0/when" }, { kind: "compare", subject: { kind: "value", path: "table5.rdToolsRate" }, op: ">", value: 50 });
    expect(threshold.textProposals.map((p) => p.after)).toEqual([expect.stringContaining("50%"), expect.stringContaining("50%")]);
  });
});

describe("a judgement range", () => {
  it("sets the least and most points where they are written, and refuses a range upside down, below 0 or on a branch without one", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const branch: Site = { file: "parts/table7.rules.json", pointer: "/criteria/0/branches/1" };
    const change = setJudgement(texts, branch, { min: 0, max: 3 });
    expect(change.changes[0]?.edits).toEqual([expect.objectContaining({ length: 1, content: "3" })]);
    expect(applyChanges(texts, change)[branch.file]).toBe((texts[branch.file] ?? "").replace('"judgement": { "min": 0, "max": 4 }', '"judgement": { "min": 0, "max": 3 }'));
    for (const range of [{ min: 3, max: 2 }, { min: -1, max: 2 }, { min: 0, max: Number.NaN }]) {
      expect(() => setJudgement(texts, branch, range)).toThrow(EditRefused);
    }
    expect(() => setJudgement(texts, { file: branch.file, pointer: "/criteria/0/branches/0" }, { min: 0, max: 1 })).toThrow(EditRefused);
  });
});

