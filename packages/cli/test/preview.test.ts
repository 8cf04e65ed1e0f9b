// `cluster-form preview`: the demo page with a form from any folder, the form built in memory on request;
// no package is rebuilt and nothing is written, neither into the project nor into the form's folder.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startPreviewServer } from "../../../examples/support/demo-server.js";
import { BIN, REPO } from "./run-cli.js";

let scratch: string;
let form: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-preview-"));
  form = join(scratch, "2021-handbook");
  await cp(join(REPO, "forms", "2020-handbook"), form, { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const listing = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).map(String).sort();

describe("cluster-form preview", () => {
  test("serves the demo page with the form, rebuilt from its folder on every request, and writes nothing", async () => {
    const demoBuildExisted = existsSync(join(REPO, "examples/demo/build"));
    const filesBefore = await listing(form);
    const preview = await startPreviewServer(form);
    try {
      expect(preview.output()).toContain(`正在预览 ${form}：`);
      const page = await fetch(preview.url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await (await fetch(`${preview.url}examples/demo/build/index.json`)).json()).toEqual({ forms: ["2020-handbook", "2021-application", "preview"] });

      const bundleUrl = `${preview.url}examples/demo/build/preview/form.bundle.json`;
      const bundle = (await (await fetch(bundleUrl)).json()) as { files: Record<string, string> };
      expect(JSON.parse(bundle.files["form.json"] ?? "{}")).toMatchObject({ id: "hubei-cluster-handbook-2020" });
      const validators = await fetch(`${preview.url}examples/demo/build/preview/validators.js`);
      expect(validators.status).toBe(200);
      expect(validators.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(await validators.text()).toMatch(/export\s*\{|export (const|function)/);

      // An edit of the form shows on the next request, without restarting anything.
      const manifestPath = join(form, "form.json");
      await writeFile(manifestPath, (await readFile(manifestPath, "utf8")).replace('"title": "2020年度', '"title": "2021年度'));
      const edited = (await (await fetch(bundleUrl)).json()) as { files: Record<string, string> };
      expect(JSON.parse(edited.files["form.json"] ?? "{}")).toMatchObject({ title: "2021年度全省重点成长型产业集群考核工作手册" });

      for (const path of ["examples/demo/build/other/form.bundle.json", "examples/demo/build/__proto__/form.bundle.json", "examples/demo/build/preview/form.json"]) {
        expect((await fetch(preview.url + path)).status).toBe(404);
      }
    } finally {
      expect(await preview.stop()).toBe(0);
    }
    expect(existsSync(join(REPO, "examples/demo/build"))).toBe(demoBuildExisted);
    expect(await listing(form)).toEqual(filesBefore);
  }, 120_000);

  test("a form with errors is not previewed", async () => {
    const broken = join(scratch, "broken");
    await cp(join(REPO, "forms", "2020-handbook"), broken, { recursive: true });
    const rulesPath = join(broken, "parts", "table3.rules.json");
    await writeFile(rulesPath, (await readFile(rulesPath, "utf8")).replace('"table3.organisationBasis"', '"table3.noSuchField"'));
    const child = spawn(process.execPath, [BIN, "preview", broken, "--port", "0", "--lang", "en"], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("The form has errors and cannot be previewed.");
  }, 60_000);
});
