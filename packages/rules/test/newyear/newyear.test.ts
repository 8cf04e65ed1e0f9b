// `cluster-form new-year`: a copy for the next year, with year, id and version moved forward and nothing overwritten.
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nextId, nextVersion } from "../../src/node.js";
import { envelopeEdits } from "../../src/newyear/envelopes.js";
import { moveDate } from "../../src/newyear/test-dates.js";
import { cli, FIXTURES, REPO } from "../../../cli/test/run-cli.js";

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-new-year-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const source = join(REPO, FIXTURES, "mini-2020");

describe("cluster-form new-year", () => {
  test("copies every file and moves year, id, version and title forward, keeping the rest of form.json as written", async () => {
    const target = join(scratch, "forms", "mini-2021");
    const run = cli(["new-year", source, target, "--year", "2021", "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created ${target} (5 files copied).`);
    expect(run.stdout).toContain('  form.json year: 2020 → 2021\n  form.json id: "mini-cluster-2020" → "mini-cluster-2021"\n  form.json version: "2020.1.0" → "2021.1.0"\n');

    const original = await readFile(join(source, "form.json"), "utf8");
    const copied = await readFile(join(target, "form.json"), "utf8");
    const changed = original.split("\n").filter((line, i) => copied.split("\n")[i] !== line);
    expect(changed).toEqual([
      '  "id": "mini-cluster-2020",',
      '  "version": "2020.1.0",',
      '  "year": 2020,',
      '  "title": "2020年度迷你集群考核表",',
    ]);
    expect(JSON.parse(copied)).toMatchObject({ id: "mini-cluster-2021", version: "2021.1.0", year: 2021, title: "2021年度迷你集群考核表" });
    for (const file of ["parts/table1.rules.json", "parts/table1.schema.json", "parts/table1.layout.json", "tests/basic.json"]) {
      expect(await readFile(join(target, file), "utf8")).toBe(await readFile(join(source, file), "utf8"));
    }
    expect(cli(["lint", target]).code).toBe(0);
    expect(cli(["test", target]).stdout).toContain("2 passed, 0 failed");
  });

  test("the new folders and files get the usual permissions under the umask, like any folder made here", async () => {
    const target = join(scratch, "modes", "mini-2021");
    expect(cli(["new-year", source, target, "--year", "2021"]).code).toBe(0);
    const usualFolder = join(scratch, "usual-folder");
    await mkdir(usualFolder);
    await writeFile(join(usualFolder, "file.json"), "{}");
    const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;
    expect(await mode(target)).toBe(await mode(usualFolder));
    expect(await mode(join(target, "parts"))).toBe(await mode(join(source, "parts")));
    expect(await mode(join(target, "form.json"))).toBe(await mode(join(source, "form.json")));
    expect(await mode(target)).toBe(0o755 & (await mode(usualFolder)));
  });

  test("never writes over an existing folder", async () => {
    const target = join(scratch, "existing");
    await mkdir(target);
    await writeFile(join(target, "keep.txt"), "mine");
    const run = cli(["new-year", source, target, "--year", "2021", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("already exists; nothing was written");
    expect(await readdir(target)).toEqual(["keep.txt"]);
    expect((await readdir(scratch)).filter((name) => name.includes("partial"))).toEqual([]);
  });

  test("lists the places that still mention the old year", async () => {
    const target = join(scratch, "review");
    const run = cli(["new-year", join(REPO, "forms/2020-handbook"), target, "--year", "2021", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Review these places that still mention 2020 or 2019:\n  README.md:1:1 # 2020年度全省重点成长型产业集群考核工作手册");
    // Notes and titles of the form are listed one by one.
    expect(run.stdout).toMatch(/\n {2}form\.json:\d+:\d+ \/notes\/7 {2}表1“占区域工业比重（%）”按2020年数据填写/);
    expect(run.stdout).toMatch(/\n {2}form\.json:\d+:\d+ \/parts\/0\/title {2}2020年度全省/);
    expect(run.stdout).toMatch(/\n {2}summary-sheet\.json:\d+:\d+ \/title {2}2020年度省重点成长型产业集群数据汇总表\n/);
    const manifest = JSON.parse(await readFile(join(target, "form.json"), "utf8")) as { year: number; id: string };
    expect(manifest).toMatchObject({ year: 2021, id: "hubei-cluster-handbook-2021" });
  });

  test("the 2020 handbook moved to 2021 passes its own tests: envelopes follow the id, year-bound test dates move", async () => {
    const target = join(scratch, "handbook-2021");
    const run = cli(["new-year", join(REPO, "forms/2020-handbook"), target, "--year", "2021", "--lang", "en"]);
    expect(run.code).toBe(0);
    // The test cases' changes are summarised apart from the form's: the cases whose dates moved are listed, not every value.
    expect(run.stdout).not.toContain("tests/sample.json cases.0.submission.form.id");
    expect(run.stdout).toContain("Rule test cases (tests/, 15 file(s)): the submissions of 1 case(s) now name the new form's id and version.\n");
    // The validity rules read $form.year; only the cases at the edge of a validity period hold the year in their dates.
    expect(run.stdout).toContain("These cases sit at the edge of a validity period; their dates moved by 1 year(s). Check them:\n  tests/table8.json /cases/1  表8 ");
    expect(run.stdout).toMatch(/The test data mentions 2020 or 2019 in \d+ more place\(s\)/);
    expect(run.stdout).toMatch(/These case names mention 2020 or 2019; check that they still say what the case tests:\n {2}tests\/table1-growth\.json:\d+:\d+ \/cases\/1\/name {2}表1：2019年为0或空白时增长率为空\n/);
    expect(run.stdout).not.toMatch(/tests\/\S+\.json:\d+:\d+ \/cases\/\d+\/submission/);
    expect(run.stdout.split("\n").length).toBeLessThan(200);
    const validUntil = (await readFile(join(target, "tests/table8.json"), "utf8")).match(/"validUntil": "2021-12-31"/g);
    expect(validUntil?.length).toBeGreaterThan(0);
    const sample = JSON.parse(await readFile(join(target, "tests/sample.json"), "utf8")) as { cases: { submission: { form: unknown } }[] };
    expect(sample.cases[0]?.submission.form).toEqual({ id: "hubei-cluster-handbook-2021", version: "2021.1.0" });
    const rules = await readFile(join(target, "parts/table8.rules.json"), "utf8");
    expect(rules).toBe(await readFile(join(REPO, "forms/2020-handbook/parts/table8.rules.json"), "utf8"));
    // Every case that passes on the 2020 form passes on the copy (the 2020 form's own tests require 0 failed).
    const summary = (text: string): string => text.trim().split("\n").pop() ?? "";
    const original = cli(["test", join(REPO, "forms/2020-handbook"), "--lang", "en"]);
    const tested = cli(["test", target, "--lang", "en"]);
    expect(summary(tested.stdout)).toMatch(/^\d+ passed, \d+ failed$/);
    expect(summary(tested.stdout)).toBe(summary(original.stdout));
    expect(tested.code).toBe(original.code);
  });

  test("usage errors: no --year, a year that is not a year", () => {
    const missing = cli(["new-year", source, join(scratch, "a")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("缺少参数 <--year>");
    const bad = cli(["new-year", source, join(scratch, "b"), "--year", "20x1", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--year must be a four-digit year");
    const same = cli(["new-year", source, join(scratch, "c"), "--year", "2020", "--lang", "en"]);
    expect(same.code).toBe(2);
  });

  test("ids and versions move forward", () => {
    expect(nextId("hubei-cluster-handbook-2020", 2020, 2021)).toBe("hubei-cluster-handbook-2021");
    expect(nextId("cluster-form", 2020, 2021)).toBe("cluster-form-2021");
    expect(nextId("form-12020", 2020, 2021)).toBe("form-12020-2021");
    expect(nextVersion("2020.3.2", 2020, 2021)).toBe("2021.1.0");
    expect(nextVersion("1.4.2", 2020, 2021)).toBe("2.0.0");
  });

  test("submission envelopes of the old form move; other forms and deliberate version mismatches stay", () => {
    const from = { id: "f-2020", version: "2020.1.0" };
    const to = { id: "f-2021", version: "2021.1.0" };
    const document = {
      form: { id: "f-2020", version: "2020.1.0" },
      cases: [
        { submission: { form: { id: "f-2020", version: "2019.9.0" } } },
        { submission: { form: { id: "other", version: "2020.1.0" } } },
        { submission: { data: { form: "f-2020" } } },
      ],
    };
    expect(envelopeEdits(document, from, to).map((e) => [e.path.join("."), e.value])).toEqual([
      ["form.id", "f-2021"],
      ["form.version", "2021.1.0"],
      ["cases.0.submission.form.id", "f-2021"],
    ]);
  });

  test("dates move by whole years; 29 February stays in February", () => {
    expect(moveDate("2020-12-31", 1)).toBe("2021-12-31");
    expect(moveDate("2020-02-29", 1)).toBe("2021-02-28");
    expect(moveDate("2020-02-29", 4)).toBe("2024-02-29");
    expect(moveDate("2020-12", 1)).toBeUndefined();
    expect(moveDate("note 2020-12-31", 1)).toBeUndefined();
  });
});
