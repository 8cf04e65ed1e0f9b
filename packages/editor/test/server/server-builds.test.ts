/**
 * What the editor's server builds for the page, so the page carries neither Ajv nor a pinyin
 * dictionary and runs without 'unsafe-eval': the preview's validators (as `cluster-form build`
 * builds them) and the scaffolds that make ids from Chinese labels. On a real copy of the 2020 handbook.
 */
import { readFile, rm, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSubmissionValidatorWith, loadFormFiles, type FormFiles, type PrecompiledValidators } from "@cluster-form/schema";
import { startEditor, type RunningEditor } from "../../src/index.js";
import type { CheckResult, ScaffoldOutcome } from "../../src/protocol.js";
import { copyForm } from "./temp-form.js";

let editor: RunningEditor;
let form: Awaited<ReturnType<typeof copyForm>>;
let origin: string;

const url = (path: string): string => new URL(path, editor.url).href;
const post = (path: string, value: unknown): Promise<Response> =>
  fetch(url(path), { method: "POST", headers: { origin, "content-type": "application/json" }, body: JSON.stringify(value) });

async function check(files: Record<string, string> = {}): Promise<CheckResult & { revision: number }> {
  return (await (await post("api/check", { files })).json()) as CheckResult & { revision: number };
}

beforeAll(async () => {
  form = await copyForm("2020-handbook");
  editor = await startEditor({ folder: form.folder, open: false });
  origin = `http://127.0.0.1:${editor.port}`;
});

afterAll(async () => {
  await editor.close();
  await form.remove();
});

describe("Content-Security-Policy", () => {
  test("the page, its assets and the API are served without 'unsafe-eval' (scripts from the editor only)", async () => {
    for (const path of ["", "app/editor.js", "api/form"]) {
      const policy = (await fetch(url(path))).headers.get("content-security-policy") ?? "";
      expect(policy).toContain("script-src 'self';");
      expect(policy).not.toContain("unsafe-eval");
    }
  });
});

describe("the preview's form and validators, per checked revision", () => {
  test("validators.js is an ES module of plain validate functions that checks the revision's submissions", async () => {
    const result = await check();
    const reply = await fetch(url(`preview/${result.revision}/validators.js`));
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toContain("text/javascript");
    const source = await reply.text();
    // Ajv's standalone output: no compiler, no code generated at run time.
    expect(source).not.toMatch(/new Function|\beval\(/);
    const dir = await mkdtemp(join(tmpdir(), "cf-validators-"));
    try {
      const file = join(dir, "validators.js");
      await writeFile(file, source);
      const validators = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
      const bundle = (await (await fetch(url(`preview/${result.revision}/form.bundle.json`))).json()) as FormFiles;
      const pkg = await loadFormFiles(bundle);
      const validator = createSubmissionValidatorWith(pkg, validators);
      expect(validator.validate(result.sample?.submission, "draft").filter((f) => f.severity === "error")).toEqual([]);
      const wrong = { ...(result.sample?.submission as object), data: { table5: { cncRate: "many" } } };
      expect(validator.validate(wrong, "draft").map((f) => f.pointer)).toContain("/data/table5/cncRate");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a revision that changed no data schema serves the same validators; one that did, new ones", async () => {
    const first = await check();
    const rules = "parts/table5.rules.json";
    const schema = "parts/table5.schema.json";
    const [rulesText, schemaText] = await Promise.all([readFile(join(form.folder, rules), "utf8"), readFile(join(form.folder, schema), "utf8")]);
    const relabelled = await check({ [rules]: rulesText.replace('"label": "产业集群“两化融合”建设基础良好"', '"label": "两化融合基础"') });
    const narrowed = await check({ [schema]: schemaText.replace('"maximum": 100', '"maximum": 99') });
    expect(schemaText).toContain('"maximum": 100');
    const text = async (revision: number): Promise<string> => (await fetch(url(`preview/${revision}/validators.js`))).text();
    const [a, b, c] = await Promise.all([text(first.revision), text(relabelled.revision), text(narrowed.revision)]);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c).toContain("99");
  });

  test("a revision long gone answers 404", async () => {
    expect((await fetch(url("preview/999999/validators.js"))).status).toBe(404);
  });
});

describe("scaffolds run on the server", () => {
  const listCriterion = {
    kind: "listCriterion",
    args: {
      list: { part: "table8", label: "数字化转型示范企业" },
      criterion: { label: "数字化转型示范企业", points: 1, text: "有1家及以上得1分", otherwiseText: "否则不得分", op: ">=", threshold: 1, withinValidity: true, unit: "家" },
      takeFrom: [{ criterion: "t8.national", points: 1 }],
      testName: "数字化转型示范企业达标",
    },
  };

  test("a criterion fed by a new list comes back as edits with ids made from the labels, nothing written", async () => {
    const before = await readFile(join(form.folder, "parts/table8.schema.json"), "utf8");
    const reply = await post("api/scaffold", { files: {}, ...listCriterion });
    expect(reply.status).toBe(200);
    const outcome = (await reply.json()) as ScaffoldOutcome;
    if (outcome.status !== "done") throw new Error("refused");
    expect(outcome.result.changes.map((c) => c.file).sort()).toEqual([
      "parts/table8.layout.json",
      "parts/table8.rules.json",
      "parts/table8.schema.json",
      "tests/sample.json",
      "tests/table10-veto.json",
      "tests/table11-summary.json",
      "tests/table8.json",
    ]);
    expect(outcome.result.changes.find((c) => c.file === "parts/table8.rules.json")?.after).toContain("t8.shuZiHuaZhuanXingShiFan");
    expect(await readFile(join(form.folder, "parts/table8.schema.json"), "utf8")).toBe(before);
  });

  test("the page's unsaved texts are what the scaffold edits", async () => {
    const path = "parts/table8.rules.json";
    const unsaved = (await readFile(join(form.folder, path), "utf8")).replace('"id": "t8.national"', '"id": "t8.nationalBrand"');
    const refused = (await (await post("api/scaffold", { files: { [path]: unsaved }, ...listCriterion })).json()) as ScaffoldOutcome;
    expect(refused.status).toBe("refused");
    const moved = { kind: "movePoints", args: { from: "t8.nationalBrand", to: "t8.provincial", points: 1, testName: "移分" } };
    const reply = await post("api/scaffold", { files: { [path]: unsaved }, ...moved });
    const outcome = (await reply.json()) as ScaffoldOutcome;
    expect(outcome.status).toBe("done");
  });

  test("a refusal names file, line and pointer in both languages (422); a malformed request is 400", async () => {
    const reply = await post("api/scaffold", { files: {}, kind: "field", args: { part: "table99", field: { label: "新指标", kind: "text" }, testName: "x" } });
    expect(reply.status).toBe(422);
    const outcome = (await reply.json()) as ScaffoldOutcome;
    if (outcome.status !== "refused") throw new Error("not refused");
    expect(outcome.findings[0]?.message.zh).toBeTruthy();
    expect(outcome.findings[0]?.message.en).toBeTruthy();
    for (const body of [
      { files: {}, kind: "field", args: { part: "table5", field: { label: "x", kind: "script" }, testName: "x" } },
      { files: {}, kind: "movePoints", args: { from: "a", to: "b", points: "1", testName: "x" } },
      { files: {}, kind: "eval", args: {} },
      { files: { "../etc/passwd": "x" }, kind: "movePoints", args: { from: "a", to: "b", points: 1, testName: "x" } },
    ]) {
      expect((await post("api/scaffold", body)).status).toBe(400);
    }
  });
});
