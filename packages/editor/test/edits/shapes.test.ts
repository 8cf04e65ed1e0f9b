import { describe, expect, it } from "vitest";
import { ruleSites } from "@cluster-form/schema";
import { parseJson, parsePointer } from "@cluster-form/schema";
import { thresholdsOf } from "../../src/edits/shapes/thresholds.js";
import { loadForm } from "../../src/edits/form.js";
import { recognize, toRule } from "../../src/edits/shapes/index.js";
import { recognitionReport } from "../../src/edits/shapes/report.js";
import { readFormTexts } from "../../src/edits-node.js";
import { FORMS, formFolder } from "./support.js";

describe("rule shapes", () => {
  for (const name of FORMS) {
    it(`${name}: every recognised rule writes back to the same JSON`, async () => {
      const pkg = await loadForm(await readFormTexts(formFolder(name)));
      const report = recognitionReport(pkg);
      let checked = 0;
      for (const site of ruleSites(pkg)) {
        const shape = recognize(site.logic);
        if (!shape) continue;
        expect(toRule(shape)).toEqual(site.logic);
        expect(JSON.stringify(toRule(shape))).toBe(JSON.stringify(site.logic));
        checked++;
      }
      expect(checked).toBe(report.recognised);
      console.log(name, JSON.stringify({ total: report.total, recognised: report.recognised, bySite: report.bySite, byShape: report.byShape, unrecognised: report.unrecognised }));
      // Every rule of both forms, the summary sheet's `if` that words the cluster type included.
      expect([report.recognised, report.total]).toEqual({ "2020-handbook": [124, 124], "2021-application": [16, 16] }[name]);
    });

    it(`${name}: every threshold, per-item points and cap found in a rule is the number written at its site`, async () => {
      const texts = await readFormTexts(formFolder(name));
      const pkg = await loadForm(texts);
      let found = 0;
      for (const site of ruleSites(pkg)) {
        for (const number of thresholdsOf({ file: site.file, pointer: site.pointer }, site.logic)) {
          const written = parseJson(site.file, texts[site.file] ?? "").value;
          let node: unknown = written;
          for (const key of parsePointer(number.site.pointer)) node = (node as Record<string, unknown>)[key];
          expect(node).toBe(number.value);
          found++;
        }
      }
      // The 2021 application's rules compare values with each other, never with a number.
      expect(found).toBe({ "2020-handbook": 29, "2021-application": 0 }[name]);
    });
  }
});

describe("rules the structured editors leave to the raw editor", () => {
  it("returns null for other operations, extra keys, non-plain values and deep nesting", () => {
    expect(recognize({ if: [{ var: "a" }, 1, 0] })).toBeNull();
    expect(recognize({ ">": [{ var: "a" }, 1], extra: 1 })).toBeNull();
    expect(recognize({ ">": [{ var: ["a", 0] }, 1] })).toBeNull();
    expect(recognize({ validIn: [{ var: "from" }, { var: "until" }, 2020] })).toBeNull();
    expect(recognize(JSON.parse('{"__proto__": {"var": "a"}}'))).toBeNull();
    let deep: unknown = { var: "a" };
    for (let i = 0; i < 10_000; i++) deep = { and: [deep] };
    expect(recognize(deep)).toBeNull();
    expect(recognize("text")).toBeNull();
    // A date's year is its first four characters, compared with the form's year; anything else is not that shape.
    const year = (start: number, of: string) => ({ "==": [{ substr: [{ var: "d" }, start, 4] }, { cat: [{ var: of }] }] });
    expect(recognize(year(0, "$form.year"))).toEqual({ kind: "dateInYear", path: "d" });
    expect(recognize(year(1, "$form.year"))).toBeNull();
    expect(recognize(year(0, "other.year"))).toBeNull();
  });

  it("keeps how a rule was written: `!` with and without its array", () => {
    for (const rule of [{ "!": { filled: [{ var: "a" }] } }, { "!": [{ filled: [{ var: "a" }] }] }]) {
      expect(toRule(recognize(rule) as NonNullable<ReturnType<typeof recognize>>)).toEqual(rule);
    }
  });
});
