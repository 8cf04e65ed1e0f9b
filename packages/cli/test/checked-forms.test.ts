/**
 * `score` and the other checked commands do not check again a form text that passed the definition
 * checks: a pass is remembered in the user's cache under a digest of every form file and of the
 * checker. A changed form is checked again, and a broken one is refused with its findings however
 * warm the cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DefinitionCheck, DefinitionFinding } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { checkUnlessPassed, passesFolder } from "../src/checked-forms.js";
import { cli, FIXTURES, REPO } from "./run-cli.js";

mkdirSync(join(REPO, ".tmp"), { recursive: true });
const scratch = mkdtempSync(join(REPO, ".tmp", "checked-forms-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A copy of the mini 2020 form, and an empty cache folder. */
function fresh(): { form: string; cache: string } {
  copies += 1;
  const form = join(scratch, `form-${copies}`);
  cpSync(join(REPO, FIXTURES, "mini-2020"), form, { recursive: true });
  return { form, cache: join(scratch, `cache-${copies}`) };
}

/** A check that counts its calls and answers `findings`. */
function counting(findings: readonly DefinitionFinding[] = []): { check: DefinitionCheck; calls: () => number } {
  let calls = 0;
  return {
    check: () => {
      calls += 1;
      return findings;
    },
    calls: () => calls,
  };
}

const anError: DefinitionFinding = { severity: "error", code: "meta", message: { zh: "错", en: "wrong" }, location: { file: "form.json", pointer: "", line: 1, column: 1 } } as unknown as DefinitionFinding;

describe("remembered passes of the definition checks", () => {
  it("checks a form once; the same text loads again without a check", async () => {
    const { form, cache } = fresh();
    const { check, calls } = counting();
    const folder = passesFolder({ CLUSTER_FORM_CACHE: cache });
    await loadFormFolder(form, { check: checkUnlessPassed(folder, check) });
    await loadFormFolder(form, { check: checkUnlessPassed(folder, check) });
    expect(calls()).toBe(1);
    expect(readdirSync(folder ?? "")).toHaveLength(1);
  });

  it("checks again after one byte of any form file changed", async () => {
    const { form, cache } = fresh();
    const { check, calls } = counting();
    const folder = passesFolder({ CLUSTER_FORM_CACHE: cache });
    await loadFormFolder(form, { check: checkUnlessPassed(folder, check) });
    const layout = join(form, "parts/table1.layout.json");
    writeFileSync(layout, readFileSync(layout, "utf8") + " ");
    await loadFormFolder(form, { check: checkUnlessPassed(folder, check) });
    expect(calls()).toBe(2);
  });

  it("never remembers a form with errors: it is checked and refused every time", async () => {
    const { form, cache } = fresh();
    const { check, calls } = counting([anError]);
    const folder = passesFolder({ CLUSTER_FORM_CACHE: cache });
    for (let i = 0; i < 2; i++) await expect(loadFormFolder(form, { check: checkUnlessPassed(folder, check) })).rejects.toThrow();
    expect(calls()).toBe(2);
    expect(() => readdirSync(folder ?? "")).toThrow();
  });

  it("keeps passes in CLUSTER_FORM_CACHE, else the user's cache folder; nowhere when told so or when there is none", () => {
    expect(passesFolder({ CLUSTER_FORM_CACHE: "/c" })).toBe("/c/checked-forms");
    expect(passesFolder({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/x/cluster-form/checked-forms");
    expect(passesFolder({ HOME: "/h" })).toBe("/h/.cache/cluster-form/checked-forms");
    expect(passesFolder({ CLUSTER_FORM_CACHE: "", HOME: "/h" })).toBeUndefined();
    expect(passesFolder({})).toBeUndefined();
  });
});

describe("the built command with a warm cache", () => {
  /** The fixture's first test case, as a submission of its form. */
  const submission = (): string => {
    const tests = JSON.parse(readFileSync(join(REPO, FIXTURES, "mini-2020/tests/basic.json"), "utf8")) as { cases: { submission: Record<string, unknown> }[] };
    return JSON.stringify({ ...tests.cases[0]?.submission, form: { id: "mini-cluster-2020", version: "2020.1.0" } });
  };
  const score = (form: string, cache: string) => cli(["score", form, "-", "--lang", "en"], { input: submission(), env: { CLUSTER_FORM_CACHE: cache } });

  it("remembers the pass of `score`, scores the same with it, and still refuses the form once broken, with file, line, column and pointer", () => {
    const { form, cache } = fresh();
    const first = score(form, cache);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(join(cache, "checked-forms"))).toHaveLength(1);
    const second = score(form, cache);
    expect(second.stdout).toBe(first.stdout);

    // A criterion's points as text: the file still parses and loads, only the checks refuse it.
    const rules = join(form, "parts/table1.rules.json");
    writeFileSync(rules, readFileSync(rules, "utf8").replace(/"points": (\d+)/, '"points": "$1"'));
    const broken = score(form, cache);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/parts\/table1\.rules\.json:\d+:\d+/);
    expect(broken.stderr).toContain("/points");
    expect(readdirSync(join(cache, "checked-forms"))).toHaveLength(1);
  });

  it("`build` remembers the pass of the form it built under the name `score` looks up", () => {
    const { form, cache } = fresh();
    const built = cli(["build", form, "--out", join(form, "..", `built-${copies}`)], { env: { CLUSTER_FORM_CACHE: cache } });
    expect(built.code, built.stderr).toBe(0);
    const [pass] = readdirSync(join(cache, "checked-forms"));
    expect(score(form, cache).code).toBe(0);
    expect(readdirSync(join(cache, "checked-forms"))).toEqual([pass]);
  });
});
