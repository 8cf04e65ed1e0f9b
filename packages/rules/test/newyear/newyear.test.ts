// `cluster-form new-year`: a copy for the next year, with year, id and version moved forward and nothing overwritten.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nextId, nextVersion } from "../../src/node.js";
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
});
