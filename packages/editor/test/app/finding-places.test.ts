/** Where the editor shows each finding: beside the nearest thing of the outline, each exactly once (the 2020 handbook, with findings planted). */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { DefinitionFinding } from "@cluster-form/schema";
import { buildOutline, loadForm } from "../../src/edits/index.js";
import { readFormTexts } from "../../src/edits-node.js";
import { checkForm } from "../../src/server/check.js";
import { FORM_PLACE, placeFindings, placesOf } from "../../src/app/finding-places.js";
import { siteKey } from "../../src/app/form-state.js";
import { repoRoot } from "../server/temp-form.js";

async function plantedForm() {
  const original = await readFormTexts(join(repoRoot, "forms/2020-handbook"));
  const texts: Record<string, string> = { ...original };
  const plant = (file: string, from: string, to: string): void => {
    const text = texts[file] ?? "";
    if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
    texts[file] = text.replace(from, to);
  };
  plant("parts/table5.rules.json", '{ "var": "table5.rdToolsRate" }', '{ "var": "table5.rdToolRate" }');
  plant("parts/table5.layout.json", '{ "field": "/wirelessRate" }', '{ "field": "/wirelesRate" }');
  plant("tests/table5.json", '"expect": { "criteria": { "t5.informatization": { "computed": 0, "self": 0, "expert": 0 } } }', '"expect": { "criterion": {} }');
  plant("parts/table8.rules.json", '"label": "国家级或驰名商标",\n      "points": 8,', '"label": "国家级或驰名商标",\n      "points": 9,');
  const pkg = await loadForm(texts);
  // With last year's form as the base, as `cluster-form edit --base` checks: lint then knows which criterion's points changed.
  const { findings } = await checkForm(texts, { base: await loadForm(original) });
  return { pkg, outline: buildOutline(pkg), findings };
}

describe("placeFindings", () => {
  test("each finding has one place, and it is the deepest place on screen that contains it", async () => {
    const { pkg, outline, findings } = await plantedForm();
    const places = placeFindings(outline, pkg, findings);
    const shown = [...places.at.values()].flat();
    expect(shown.length).toBe(findings.length);
    expect(new Set(shown).size).toBe(findings.length);
    const onScreen = new Set(placesOf(outline).map((p) => siteKey(p.site)));
    for (const key of places.at.keys()) expect(key === FORM_PLACE || onScreen.has(key)).toBe(true);

    const placeOf = (match: (f: DefinitionFinding) => boolean): string | undefined => {
      const finding = findings.find(match);
      return finding ? places.placeOf.get(finding) : "missing";
    };
    const table5 = outline.parts.find((p) => p.id === "table5");
    // A rule reading a misspelt field: beside the rule (the branch's condition), not only its criterion.
    expect(placeOf((f) => f.message.zh.includes("rdToolRate"))).toBe("parts/table5.rules.json#/criteria/0/branches/0/when");
    // A layout block naming a missing field: no item of the outline is that block, so its part.
    expect(placeOf((f) => f.location.file === "parts/table5.layout.json")).toBe(table5 ? siteKey(table5.site) : "");
    expect(places.partOf.get(table5 ? siteKey(table5.site) : "")).toBe("table5");
    // A test file's: the form.
    expect(placeOf((f) => f.location.file === "tests/table5.json")).toBe(FORM_PLACE);
    // Points that no longer add up: beside the points box of the criterion that changed.
    expect(placeOf((f) => f.location.file === "parts/table8.rules.json")).toBe("parts/table8.rules.json#/criteria/0/points");
  });

  test("a finding exactly at a place on screen is shown there", async () => {
    const { pkg, outline } = await plantedForm();
    const sites = placesOf(outline).map((p) => p.site);
    const findings: DefinitionFinding[] = sites.map((site) => ({ code: "x", severity: "warning", location: { file: site.file, line: 1, column: 1, pointer: site.pointer }, message: { zh: "x", en: "x" } }));
    const places = placeFindings(outline, pkg, findings);
    findings.forEach((finding, i) => expect(places.placeOf.get(finding)).toBe(siteKey(sites[i] ?? { file: "", pointer: "" })));
  });
});
