/** The editor's server on real copies of the forms: who may talk to it, where it may read and write, and saving. */
import { readFile, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyEdits, modify } from "jsonc-parser";
import { startEditor, type RunningEditor } from "../../src/index.js";
import type { CheckResult, FileState, SaveOutcome } from "../../src/protocol.js";
import { copyForm, repoRoot } from "./temp-form.js";

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request (fetch would not let a test set Host or leave Origin out). */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end(options.body);
  });
}

let editor: RunningEditor;
let form: Awaited<ReturnType<typeof copyForm>>;
let token: string;
let origin: string;

const api = (path: string): string => `/${token}/${path}`;
const post = (path: string, value: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(editor.port, api(path), {
    method: "POST",
    headers: { host: `127.0.0.1:${editor.port}`, origin, "content-type": "application/json", ...headers },
    body: JSON.stringify(value),
  });
const get = (path: string, headers: Record<string, string> = {}): Promise<Reply> =>
  send(editor.port, api(path), { headers: { host: `127.0.0.1:${editor.port}`, ...headers } });

async function files(): Promise<FileState[]> {
  return (JSON.parse((await get("api/form")).body) as { files: FileState[] }).files;
}

beforeAll(async () => {
  form = await copyForm("2020-handbook");
  editor = await startEditor({ folder: form.folder, base: join(repoRoot, "forms/2020-handbook"), open: false });
  token = new URL(editor.url).pathname.split("/")[1] ?? "";
  origin = `http://127.0.0.1:${editor.port}`;
});

afterAll(async () => {
  await editor.close();
  await form.remove();
});

describe("who may talk to the editor", () => {
  test("it listens on 127.0.0.1 with a random token of 32 characters in its URL", () => {
    expect(editor.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
  });

  test("the page and the API answer only under the token", async () => {
    expect((await get("")).status).toBe(200);
    expect((await get("api/form")).status).toBe(200);
    const wrong = await send(editor.port, "/api/form", { headers: { host: `127.0.0.1:${editor.port}` } });
    expect(wrong.status).toBe(404);
    const guessed = await send(editor.port, `/${token.slice(0, -1)}x/api/form`, { headers: { host: `127.0.0.1:${editor.port}` } });
    expect(guessed.status).toBe(404);
    expect(guessed.body).not.toContain("table5");
  });

  test("a request naming another host (DNS rebinding) is refused", async () => {
    const reply = await get("api/form", { host: `attacker.example:${editor.port}` });
    expect(reply.status).toBe(403);
    expect((await get("api/form", { host: `localhost:${editor.port}` })).status).toBe(200);
  });

  test("a request from another page's origin is refused, and a write without an origin", async () => {
    expect((await get("api/form", { origin: "http://127.0.0.1:9999" })).status).toBe(403);
    expect((await post("api/check", { files: {} }, { origin: "https://example.com" })).status).toBe(403);
    const noOrigin = await send(editor.port, api("api/check"), {
      method: "POST",
      headers: { host: `127.0.0.1:${editor.port}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(noOrigin.status).toBe(403);
    expect((await get("api/form", { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  test("a write that is not JSON (a plain HTML form's post) is refused", async () => {
    const reply = await post("api/save", {}, { "content-type": "application/x-www-form-urlencoded" });
    expect(reply.status).toBe(415);
  });

  test("pages get headers that keep them out of frames and the token out of referrers", async () => {
    const reply = await new Promise<Record<string, string | string[] | undefined>>((done) => {
      request({ host: "127.0.0.1", port: editor.port, path: api(""), headers: { host: `127.0.0.1:${editor.port}` } }, (res) => {
        res.resume();
        done(res.headers);
      }).end();
    });
    expect(reply["x-frame-options"]).toBe("DENY");
    expect(reply["referrer-policy"]).toBe("no-referrer");
    expect(String(reply["content-security-policy"])).toContain("frame-ancestors 'none'");
    expect(String(reply["content-security-policy"])).not.toContain("unsafe-eval");
  });
});

describe("no read or write outside the form folder", () => {
  test("the form's files are listed with hashes, package.json and files outside left out", async () => {
    const listed = await files();
    const paths = listed.map((f) => f.path);
    expect(paths).toContain("form.json");
    expect(paths).toContain("parts/table5.rules.json");
    expect(paths).toContain("tests/table5.json");
    expect(paths).not.toContain("package.json");
    const manifest = listed.find((f) => f.path === "form.json");
    expect(manifest?.text).toBe(await readFile(join(form.folder, "form.json"), "utf8"));
    expect(manifest?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a symbolic link leading out of the folder is neither listed nor written through", async () => {
    const outside = join(form.root, "outside.json");
    await writeFile(outside, '{"secret": true}\n');
    await symlink(outside, join(form.folder, "parts", "leak.json"));
    expect((await files()).map((f) => f.path)).not.toContain("parts/leak.json");
    const reply = await post("api/save", { files: [{ path: "parts/leak.json", text: "{}", hash: null }] });
    expect(reply.status).toBe(403);
    expect(await readFile(outside, "utf8")).toBe('{"secret": true}\n');
  });

  test.each(["../outside.json", "/etc/passwd.json", "parts/../../outside.json", "parts\\..\\x.json", ".git/config.json", "form.js"])("path %s is refused", async (path) => {
    const reply = await post("api/save", { files: [{ path, text: "{}", hash: null }] });
    expect(reply.status).toBe(400);
    const check = await post("api/check", { files: { [path]: "{}" } });
    expect(check.status).toBe(400);
  });

  test("an asset name with a path in it is not served", async () => {
    expect((await get("app/..%2F..%2Fpackage.json")).status).toBe(404);
    expect((await get("element/../../package.json")).status).toBe(404);
  });
});

describe("saving", () => {
  test("a save edits the file minimally: key order, formatting, $comment and unknown keys stay", async () => {
    const path = "parts/table5.rules.json";
    const before = (await files()).find((f) => f.path === path);
    if (!before) throw new Error("no table5 rules");
    const withUnknown = before.text.replace('"part": "table5",', '"part": "table5",\n  "x-note": { "kept": [1, 2] },');
    await writeFile(join(form.folder, path), withUnknown);
    const read = (await files()).find((f) => f.path === path);
    if (!read) throw new Error("gone");
    const edited = applyEdits(read.text, modify(read.text, ["criteria", 0, "branches", 0, "when", ">", 1], 50, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
    const reply = await post("api/save", { files: [{ path, text: edited, hash: read.hash }] });
    expect(reply.status).toBe(200);
    const saved = await readFile(join(form.folder, path), "utf8");
    expect(saved).toBe(read.text.replace('{ ">": [{ "var": "table5.rdToolsRate" }, 40] }', '{ ">": [{ "var": "table5.rdToolsRate" }, 50] }'));
    expect(saved).toContain('"x-note": { "kept": [1, 2] }');
    expect(saved).toContain('"$comment": "超过 is strictly greater');
    const outcome = JSON.parse(reply.body) as SaveOutcome;
    expect(outcome.status === "saved" && outcome.files[0]?.hash).toBe((await files()).find((f) => f.path === path)?.hash);
  });

  test("a file that does not parse is refused with line and column in Chinese and English, and not written", async () => {
    const path = "parts/table4.rules.json";
    const read = (await files()).find((f) => f.path === path);
    if (!read) throw new Error("no table4 rules");
    const broken = read.text.replace('"part": "table4",', '"part": "table4"');
    const reply = await post("api/save", { files: [{ path, text: broken, hash: read.hash }] });
    expect(reply.status).toBe(422);
    const outcome = JSON.parse(reply.body) as SaveOutcome;
    if (outcome.status !== "refused") throw new Error(outcome.status);
    const finding = outcome.refused[0]?.findings[0];
    expect(finding?.message.zh).toContain("逗号");
    expect(finding?.location.line).toBeGreaterThan(1);
    expect(await readFile(join(form.folder, path), "utf8")).toBe(read.text);
  });

  test("a file changed on disk since it was read is a conflict (409) with what is on disk; nothing is written", async () => {
    const path = "parts/table6.rules.json";
    const other = "parts/table7.rules.json";
    const listed = await files();
    const read = listed.find((f) => f.path === path);
    const read7 = listed.find((f) => f.path === other);
    if (!read || !read7) throw new Error("missing");
    const outside = read.text.replace('"part": "table6"', '"part":  "table6"');
    await writeFile(join(form.folder, path), outside);
    const mine = read.text.replace('"part": "table6"', '"part": "table6" ');
    const reply = await post("api/save", {
      files: [
        { path: other, text: read7.text + "\n", hash: read7.hash },
        { path, text: mine, hash: read.hash },
      ],
    });
    expect(reply.status).toBe(409);
    const outcome = JSON.parse(reply.body) as SaveOutcome;
    if (outcome.status !== "conflict") throw new Error(outcome.status);
    expect(outcome.conflicts).toEqual([{ path, disk: { path, text: outside, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } }]);
    expect(await readFile(join(form.folder, path), "utf8")).toBe(outside);
    expect(await readFile(join(form.folder, other), "utf8")).toBe(read7.text);
  });

  test("a new file is written only where none exists", async () => {
    const path = "tests/new-case.json";
    const text = '{\n  "$schema": "https://cluster-form.dev/schema/v1/rule-tests.json",\n  "cases": []\n}\n';
    expect((await post("api/save", { files: [{ path, text, hash: null }] })).status).toBe(200);
    expect(await readFile(join(form.folder, path), "utf8")).toBe(text);
    expect((await post("api/save", { files: [{ path, text, hash: null }] })).status).toBe(409);
  });
});

describe("checking unsaved texts", () => {
  test("lint, tests, diff and a scored sample come back for the unsaved texts, without writing them", async () => {
    const path = "parts/table5.rules.json";
    const read = (await files()).find((f) => f.path === path);
    if (!read) throw new Error("missing");
    const unsaved = read.text.replace('"label": "产业集群“两化融合”建设基础良好"', '"label": "两化融合基础"');
    const reply = await post("api/check", { files: { [path]: unsaved } });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as CheckResult & { revision: number };
    expect(result.loaded).toBe(true);
    expect(result.diff?.changes.map((c) => c.text.zh).join("\n")).toContain("两化融合基础");
    expect(result.tests?.cases.length).toBeGreaterThan(10);
    expect(result.sample?.criteria.length).toBeGreaterThan(10);
    expect(await readFile(join(form.folder, path), "utf8")).toBe(read.text);
    const bundle = await get(`preview/${result.revision}/form.bundle.json`);
    expect(bundle.status).toBe(200);
    expect(bundle.body).toContain("两化融合基础");
  });

  test("a text that does not parse is reported as findings, in words", async () => {
    const path = "parts/table5.rules.json";
    const read = (await files()).find((f) => f.path === path);
    if (!read) throw new Error("missing");
    const result = JSON.parse((await post("api/check", { files: { [path]: read.text.replace('"part": "table5",', '"part": "table5"，') } })).body) as CheckResult;
    expect(result.loaded).toBe(false);
    expect(result.findings[0]?.location.file).toBe(path);
    expect(result.findings[0]?.message.zh).toContain("全角");
  });
});
