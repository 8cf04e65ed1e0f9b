/**
 * The built command on a form folder with a computed value of id `__proto__`: every command that
 * loads it, checked or not (`score` checks, `lint` and `diff` load unchecked), refuses it with the
 * loader's error at the id's file, line, column and pointer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, hasStackTrace, REPO } from "./run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "cluster-form-ids-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const form = join(temp, "hostile");
cpSync(join(REPO, "forms/2020-handbook"), form, { recursive: true });
const rulesFile = join(form, "parts/table1.rules.json");
const rules = JSON.parse(readFileSync(rulesFile, "utf8")) as { computed: unknown[] };
rules.computed.push({ id: "__proto__", label: "x", logic: 3 });
const text = JSON.stringify(rules, null, 2);
writeFileSync(rulesFile, text);

const offset = text.indexOf('"id": "__proto__"');
const line = text.slice(0, offset).split("\n").length;
const column = offset - text.lastIndexOf("\n", offset);
const pattern = "^[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*$";

describe("a form folder with an id __proto__", () => {
  const runs: [string, string[]][] = [
    ["score", ["score", form, "examples/data/2020-handbook.sample.json"]],
    ["lint", ["lint", form]],
    ["diff", ["diff", "forms/2020-handbook", form]],
  ];
  for (const [name, args] of runs) {
    it(`cluster-form ${name} exits 1 with the loader's error, in English and in Chinese`, () => {
      const english = cli([...args, "--lang", "en"]);
      expect(english.code).toBe(1);
      expect(english.stderr).toContain(`The form at ${form} cannot be loaded:`);
      expect(english.stderr).toContain(`error  parts/table1.rules.json:${line}:${column} /computed/5/id  Does not match the pattern ${pattern}  [meta-pattern]`);
      expect(hasStackTrace(english.stderr)).toBe(false);
      const chinese = cli([...args, "--lang", "zh"]);
      expect(chinese.code).toBe(1);
      expect(chinese.stderr).toContain(`parts/table1.rules.json:${line}:${column} /computed/5/id  不符合格式 ${pattern}  [meta-pattern]`);
    });
  }
});
