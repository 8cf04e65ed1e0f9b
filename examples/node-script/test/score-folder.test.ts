/** Runs score-folder.mjs as a user would, on a folder of submissions, and checks each line against the library. */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFolder } from "@cluster-form/schema/node";
import { DATA_DIR, FORMS_DIR, REPO_ROOT, readSample, requireBuilt } from "../../support/paths.js";

const SCRIPT = fileURLToPath(new URL("../score-folder.mjs", import.meta.url));
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "cluster-form-node-script-"));
  await copyFile(`${DATA_DIR}2020-handbook.sample.json`, join(folder, "a-handbook.json"));
  await copyFile(`${DATA_DIR}2021-application.sample.json`, join(folder, "b-application.json"));
  await writeFile(join(folder, "c-unknown.json"), JSON.stringify({ form: { id: "some-other-form" }, data: {} }));
  await writeFile(join(folder, "notes.txt"), "not a submission");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

it("prints one line per submission with the totals the library computes", { timeout: 180_000 }, async () => {
  requireBuilt(`${REPO_ROOT}packages/schema/dist/node.js`, `${REPO_ROOT}packages/rules/dist/index.js`);
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, FORMS_DIR, folder], { cwd: fileURLToPath(new URL("..", import.meta.url)) });
  const lines = stdout.trim().split("\n");
  expect(lines).toHaveLength(3);

  const handbook = createEvaluator(await loadFormFolder(`${FORMS_DIR}2020-handbook`)).evaluate(await readSample("2020-handbook"), { mode: "final" });
  const columns = lines[0]?.split("\t") ?? [];
  expect(columns[0]).toBe("a-handbook.json");
  expect(columns[1]).toBe(handbook.form.id);
  for (const [column, total] of Object.entries(handbook.total)) expect(columns).toContain(`${column} ${total.value ?? "-"}`);
  expect(columns).toContain(`of ${handbook.maxTotal}`);
  expect(columns.at(-1)).toBe(handbook.valid ? "valid" : expect.stringMatching(/errors$/));

  expect(lines[1]).toMatch(/^b-application\.json\thubei-cluster-application-2021\t/);
  expect(lines[2]).toBe('c-unknown.json\tno form named "some-other-form"');
});
