// Scoring texts whose numbers disagree with their rules, on the real forms and on copies of them in a temp dir.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DefinitionFinding } from "@cluster-form/schema";
import { loadFormPackage } from "../../../schema/src/node.js";
import { lintForm } from "../../src/index.js";
import { REPO } from "../../../cli/test/run-cli.js";

const CODES = ["lint.criterion.textNumbers", "lint.criterion.branchTextNumbers"];
const TABLE5 = "parts/table5.rules.json";
const TABLE9 = "parts/table9.rules.json";

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-text-numbers-"));
});
afterAll(async () => rm(scratch, { recursive: true, force: true }));

const textFindings = (findings: readonly DefinitionFinding[]): DefinitionFinding[] => findings.filter((f) => CODES.includes(f.code));

/** A copy of the 2020 handbook with each `[from, to]` replaced (all occurrences) in one rules file, linted. */
async function lintChanged(name: string, file: string, ...edits: readonly (readonly [string, string])[]): Promise<DefinitionFinding[]> {
  const dir = join(scratch, name);
  await cp(join(REPO, "forms/2020-handbook"), dir, { recursive: true });
  const path = join(dir, file);
  let text = await readFile(path, "utf8");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
    text = text.replaceAll(from, to);
  }
  await writeFile(path, text);
  return textFindings(lintForm(await loadFormPackage(dir)));
}

describe("lint: numbers of a scoring text against its rule", () => {
  test.each(["forms/2020-handbook", "forms/2021-application"])("%s as it is: no warning", async (form) => {
    expect(textFindings(lintForm(await loadFormPackage(join(REPO, form))))).toEqual([]);
  });

  test("a percentage threshold raised in the rule only: the criterion and the branch are warned", async () => {
    const found = await lintChanged("rate", TABLE5, ['{ "var": "table5.rdToolsRate" }, 40]', '{ "var": "table5.rdToolsRate" }, 50]']);
    expect(found.map((f) => [f.code, f.severity, f.location.pointer])).toEqual([
      ["lint.criterion.textNumbers", "warning", "/criteria/0/text"],
      ["lint.criterion.branchTextNumbers", "warning", "/criteria/0/branches/0/text"],
    ]);
    expect(found[1]?.message.zh).toContain("与 50 比较");
    expect(found[1]?.message.zh).toContain("40%");
    expect(found[1]?.message.en).toContain("compares with 50");
    expect(found[1]?.location.line).toBeGreaterThan(1);
  });

  test("the text changed, the rule not: warned too", async () => {
    const found = await lintChanged("text", TABLE5, ["普及率超过40%，得1分\"", "普及率超过45%，得1分\""]);
    expect(found.map((f) => f.location.pointer)).toEqual(["/criteria/0/branches/0/text"]);
    expect(found[0]?.message.en).toContain("says 45%");
  });

  test("a count threshold changed: warned with the count as written", async () => {
    const found = await lintChanged("patents", TABLE9, ['{ "var": "$computed.table9.validPatents" }, 3]', '{ "var": "$computed.table9.validPatents" }, 4]']);
    expect(found.map((f) => f.location.pointer)).toContain("/criteria/1/branches/0/text");
    expect(found.find((f) => f.location.pointer === "/criteria/1/branches/0/text")?.message.en).toContain("says 3项");
  });

  test("rule and text changed together: no warning", async () => {
    const found = await lintChanged(
      "both",
      TABLE5,
      ['{ "var": "table5.rdToolsRate" }, 40]', '{ "var": "table5.rdToolsRate" }, 50]'],
      ["普及率超过40%", "普及率超过50%"],
    );
    expect(found).toEqual([]);
  });
});
