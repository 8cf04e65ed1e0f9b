// `cluster-form new-year`: a copy for the next year, with year, id and version moved forward and nothing overwritten.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nextId, nextVersion } from "../../src/node.js";
import { envelopeEdits } from "../../src/newyear/envelopes.js";
import { moveDate } from "../../src/newyear/test-dates.js";
import { cli, FIXTURES, REPO } from "../cli/run-cli.js";

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
    expect(run.stdout).toMatch(/Review these places that still mention 2020 or 2019:\n {2}\S+\.json:\d+:\d+ \//);
    const manifest = JSON.parse(await readFile(join(target, "form.json"), "utf8")) as { year: number; id: string };
    expect(manifest).toMatchObject({ year: 2021, id: "hubei-cluster-handbook-2021" });
  });

  test("the 2020 handbook moved to 2021 passes its own tests: envelopes follow the id, year-bound test dates move", async () => {
    const target = join(scratch, "handbook-2021");
    const run = cli(["new-year", join(REPO, "forms/2020-handbook"), target, "--year", "2021", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  tests/sample.json cases.0.submission.form.id: "hubei-cluster-handbook-2020" → "hubei-cluster-handbook-2021"\n');
    // The validity rules read $form.year; only the cases at the edge of a validity period hold the year in their dates.
    expect(run.stdout).toMatch(/ {2}tests\/table8\.json cases\.\d+\.submission\.data\.table8\.\S+\.validUntil: "2020-12-31" → "2021-12-31"\n/);
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
