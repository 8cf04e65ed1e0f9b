/**
 * The packages as a user gets them: packed as they are published (`pnpm pack`, which turns
 * `workspace:*` into versions), installed with npm from the tarballs into a fresh project outside the
 * repository, then used there — a Node script scores the sample submission, the installed
 * `cluster-form` command scores it and writes it to Excel, and a page loads the installed bundles in Chromium.
 * The packages a page needs (schema, rules, renderer) are installed first, alone, to see that they
 * bring no exceljs and none of the build command's tools (terser, acorn); then @cluster-form/excel and
 * @cluster-form/cli, whose `cluster-form build` writes the validators a built form's page loads.
 * publint and "are the types wrong" (attw) check every tarball.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFolder } from "@cluster-form/schema/node";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { ensureBuilt } from "../support/bundles.js";
import { repoRoot, startServer, type StaticServer } from "../support/static-server.js";

const run = promisify(execFile);
const PACKAGES = ["schema", "rules", "renderer", "excel", "editor", "cli"] as const;
/** What a page that never uses Excel installs. */
const WITHOUT_EXCEL: readonly (typeof PACKAGES)[number][] = ["schema", "rules", "renderer"];
const FORM = "forms/2020-handbook";
const SAMPLE = "examples/data/2020-handbook.sample.json";

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  engines?: Record<string, string>;
  repository?: { url: string; directory?: string };
  homepage?: string;
  bugs?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

let work: string;
let project: string;
/** Whether installing the packages of WITHOUT_EXCEL alone put exceljs in node_modules. */
let exceljsWithoutExcel: boolean;
/** The build command's tools that installing WITHOUT_EXCEL alone put in node_modules. */
let buildToolsWithoutCli: string[];
const tarballs = new Map<(typeof PACKAGES)[number], string>();

/** pnpm as the test command runs it (`pnpm test`), else the version the repository names, through npx. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env["npm_execpath"];
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  const { packageManager } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { packageManager: string };
  return ["npx", ["-y", packageManager]];
}

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "cluster-form-consumer-"));
  const packs = join(work, "tarballs");
  project = join(work, "project");
  mkdirSync(packs);
  mkdirSync(project);
  const [pnpm, pnpmArgs] = pnpmCommand();
  for (const name of PACKAGES) {
    const { stdout } = await run(pnpm, [...pnpmArgs, "pack", "--pack-destination", packs], { cwd: join(repoRoot, "packages", name) });
    const file = stdout.trim().split("\n").at(-1)!.trim();
    tarballs.set(name, file.startsWith("/") ? file : join(packs, file));
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "cluster-form-consumer", private: true, type: "module" }, null, 2));
  const install = (names: readonly (typeof PACKAGES)[number][]) =>
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...names.map((name) => tarballs.get(name)!)], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
  await install(WITHOUT_EXCEL);
  exceljsWithoutExcel = existsSync(join(project, "node_modules/exceljs"));
  buildToolsWithoutCli = ["terser", "acorn"].filter((name) => existsSync(join(project, "node_modules", name)));
  await install(PACKAGES);
  // What a user brings: their form and a submission.
  cpSync(join(repoRoot, FORM), join(project, FORM), { recursive: true });
  cpSync(join(repoRoot, SAMPLE), join(project, "submission.json"));
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const tarballFile = async (tarball: string, path: string): Promise<string> => (await run("tar", ["-xOzf", tarball, `package/${path}`], { maxBuffer: 64 * 1024 * 1024 })).stdout;
const tarballList = async (tarball: string): Promise<string[]> => (await run("tar", ["-tzf", tarball], { maxBuffer: 16 * 1024 * 1024 })).stdout.split("\n").filter(Boolean);

/** The repository's own evaluation of the sample (from the sources). */
async function expectedResult(mode: "draft" | "final" = "final"): Promise<{ total: unknown; veto: unknown }> {
  const result = createEvaluator(await loadFormFolder(join(repoRoot, FORM))).evaluate(JSON.parse(readFileSync(join(repoRoot, SAMPLE), "utf8")), { mode });
  return JSON.parse(JSON.stringify({ total: result.total, veto: result.veto })) as { total: unknown; veto: unknown };
}

describe("the published packages", () => {
  it("are tarballs with versions instead of workspace:*, LICENSE and README, and the metadata of a well-kept package", async () => {
    for (const [name, tarball] of tarballs) {
      const files = await tarballList(tarball);
      expect(files, name).toEqual(expect.arrayContaining(["package/LICENSE", "package/README.md", "package/package.json"]));
      expect(await tarballFile(tarball, "LICENSE")).toBe(readFileSync(join(repoRoot, "LICENSE"), "utf8"));
      const text = await tarballFile(tarball, "package.json");
      expect(text, name).not.toContain("workspace:");
      const pkg = JSON.parse(text) as PackageJson;
      expect(pkg.license).toBe("MIT");
      expect(pkg.engines?.["node"]).toBeTruthy();
      expect(pkg.repository?.directory).toBe(`packages/${name}`);
      expect(pkg.homepage).toMatch(/^https:\/\//);
      expect(pkg.bugs).toBeTruthy();
      for (const dependency of Object.keys(pkg.dependencies ?? {})) expect(dependency, `${name}: a types-only or build-time package`).not.toMatch(/^@types\/json-logic-js$/);
      if (name === "excel") expect(pkg.dependencies?.["exceljs"]).toBeTruthy();
      else expect({ ...pkg.dependencies, ...pkg.peerDependencies }["exceljs"], `${name}: only @cluster-form/excel depends on exceljs`).toBeUndefined();
    }
  });

  it("ship what their build makes and nothing else: no stale chunk, no tests, no dependency's sources in a source map", async () => {
    for (const [name, tarball] of tarballs) {
      const into = join(work, "unpacked", name);
      mkdirSync(into, { recursive: true });
      await run("tar", ["-xzf", tarball, "-C", into]);
      const files = (await tarballList(tarball)).map((file) => file.replace(/^package\//, ""));
      expect(files.filter((file) => /(^|\/)(test|tests|__tests__)\/|\.test\.|\.spec\./.test(file)), name).toEqual([]);
      const code = files.filter((file) => file.endsWith(".js")).map((file) => readFileSync(join(into, "package", file), "utf8"));
      // A chunk of an earlier build is imported by nothing shipped.
      const chunks = files.filter((file) => /\/(chunks|bundle-chunks)\/[^/]+\.js$/.test(file));
      expect(chunks.filter((chunk) => !code.some((text) => text.includes(`/${chunk.split("/").at(-1)}`) || text.includes(`"./${chunk.split("/").at(-1)}"`))), `${name}: stale chunks`).toEqual([]);
      for (const file of files.filter((f) => f.endsWith(".js.map"))) {
        expect(files, `${name}: ${file} maps a shipped file`).toContain(file.replace(/\.map$/, ""));
        const map = JSON.parse(readFileSync(join(into, "package", file), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
        const dependencies = map.sources.map((source, i) => ({ source, content: map.sourcesContent?.[i] })).filter((s) => /[\\/]node_modules[\\/]/.test(s.source));
        expect(map.sources.length === 0 || dependencies.length < map.sources.length, `${name}: ${file} maps dependencies only`).toBe(true);
        expect(dependencies.filter((s) => s.content).map((s) => s.source), `${name}: ${file}`).toEqual([]);
      }
    }
  });

  it("install without exceljs for a page: the renderer loads @cluster-form/excel, an optional peer, only for <cluster-form-excel>", async () => {
    expect(existsSync(join(project, "node_modules/@cluster-form/renderer/dist/cluster-form.bundle.js"))).toBe(true);
    expect(exceljsWithoutExcel).toBe(false);
    const renderer = JSON.parse(await tarballFile(tarballs.get("renderer")!, "package.json")) as PackageJson;
    expect(renderer.dependencies?.["@cluster-form/excel"]).toBeUndefined();
    expect(renderer.peerDependencies?.["@cluster-form/excel"]).toBeTruthy();
    expect(renderer.peerDependenciesMeta?.["@cluster-form/excel"]?.optional).toBe(true);
    const cli = JSON.parse(await tarballFile(tarballs.get("cli")!, "package.json")) as PackageJson & { bin?: Record<string, string> };
    expect(cli.bin?.["cluster-form"]).toBeTruthy();
    expect(Object.keys(cli.dependencies ?? {}).sort()).toEqual(["@cluster-form/editor", "@cluster-form/excel", "@cluster-form/rules", "@cluster-form/schema", "terser"]);
  });

  it("install none of the build command's tools for a page: terser (and acorn) come with @cluster-form/cli only", async () => {
    expect(buildToolsWithoutCli).toEqual([]);
    const schema = JSON.parse(await tarballFile(tarballs.get("schema")!, "package.json")) as PackageJson;
    expect(Object.keys(schema.dependencies ?? {})).not.toEqual(expect.arrayContaining(["terser"]));
    expect(Object.keys(schema.dependencies ?? {})).not.toEqual(expect.arrayContaining(["acorn"]));
  });

  it("score the sample submission from a Node script", async () => {
    writeFileSync(
      join(project, "score.mjs"),
      `import { readFile } from "node:fs/promises";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFolder } from "@cluster-form/schema/node";
const evaluator = createEvaluator(await loadFormFolder("${FORM}"));
const result = evaluator.evaluate(JSON.parse(await readFile("submission.json", "utf8")), { mode: "final" });
console.log(JSON.stringify({ total: result.total, veto: result.veto }));
`,
    );
    const { stdout } = await run(process.execPath, ["score.mjs"], { cwd: project });
    expect(JSON.parse(stdout)).toEqual(await expectedResult());
  });

  it("give the installed cluster-form command, which scores the sample and writes it to Excel", async () => {
    const bin = join(project, "node_modules/.bin/cluster-form");
    const { stdout } = await run(bin, ["score", FORM, "submission.json", "--mode", "final", "--format", "json"], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as { total: unknown; veto: unknown };
    expect({ total: result.total, veto: result.veto }).toEqual(await expectedResult());
    const excel = await run(bin, ["export", FORM, "submission.json", "--out", "submission.xlsx", "--lang", "en"], { cwd: project });
    expect(excel.stderr).toContain("submission.xlsx");
    const back = await run(bin, ["import", FORM, "submission.xlsx"], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(readFileSync(join(project, "submission.json"), "utf8")));
    // The page of the next describe loads what the installed build command writes.
    const build = await run(bin, ["build", FORM, "--out", "built"], { cwd: project });
    expect(build.stdout).toContain("validators.js");
    expect(readFileSync(join(project, "built/validators.js"), "utf8")).toMatch(/^\/\/ Generated by cluster-form build/);
  });

  it("are clean under publint", async () => {
    for (const [name, tarball] of tarballs) {
      const bytes = readFileSync(tarball);
      const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: "suggestion" });
      expect(messages.map((m) => `${name}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
    }
  });

  // The packages are ES modules only ("type": "module", `import` conditions): the esm-only profile
  // leaves out the resolutions of CommonJS consumers (node10, node16-cjs), as attw documents.
  it("have the right types for every entry point, bundles included (attw, ESM-only profile)", async () => {
    const attw = join(repoRoot, "node_modules/.bin/attw");
    const esmOnly = (problem: { resolutionKind?: string }): boolean => problem.resolutionKind !== "node10" && problem.resolutionKind !== "node16-cjs";
    for (const [name, tarball] of tarballs) {
      const result = await run(attw, [tarball, "--profile", "esm-only", "--format", "json"], { maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => error,
      );
      const report = JSON.parse(result.stdout) as { analysis: { entrypoints: Record<string, unknown> }; problems?: Record<string, { resolutionKind?: string }[]> };
      expect(Object.values(report.problems ?? {}).flat().filter(esmOnly), name).toEqual([]);
      expect(result.code, name).toBe(0);
      if (name === "renderer") expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(["./bundle", "./csp-bundle", "./excel-bundle"]));
    }
  });
});

describe("a page using the installed bundle", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startServer(project + "/")]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const DIST = "/node_modules/@cluster-form/renderer/dist";

  /** A page served at `path` with `body`, once its form is drawn; the scripts it fetched and its errors are collected. */
  async function openPage(path: string, body: string, locale: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
    server.route(path, { body });
    const page = await browser.newPage({ locale });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => Boolean(document.querySelector("cluster-form")?.shadowRoot?.querySelector("section.part, .notice.error")));
    return { page, scripts, errors };
  }

  /** Gives the element the sample and waits for the total Node computes (in draft mode: the element scores as the user types). */
  async function expectSampleScored(page: Page): Promise<void> {
    const sample = readFileSync(join(project, "submission.json"), "utf8");
    await page.evaluate((text) => {
      document.querySelector("cluster-form")!.value = JSON.parse(text);
    }, sample);
    const expected = (await expectedResult("draft")).total;
    await expect
      .poll(() => page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector("cluster-form")!.result?.total ?? null)) as unknown), { timeout: 30_000 })
      .toEqual(expected);
  }

  it("draws the form from node_modules/@cluster-form/renderer/dist and scores the sample as Node does", async () => {
    const { page, errors } = await openPage(
      "/index.html",
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="${DIST}/cluster-form.bundle.js"></script><script type="module" src="${DIST}/cluster-form-excel.bundle.js"></script></head>
<body><cluster-form src="/${FORM}/form.json" autosave="off"><cluster-form-excel slot="toolbar"></cluster-form-excel></cluster-form></body></html>`,
      "zh-CN",
    );
    await expectSampleScored(page);
    expect(await page.locator("cluster-form-excel button").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the form built by the installed cluster-form build (its validators, no compiler chunk) in English and scores the sample", async () => {
    const { page, scripts, errors } = await openPage(
      "/built.html",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer, built form</title>
<script type="module" src="${DIST}/cluster-form.bundle.js"></script></head>
<body><cluster-form src="/built/form.bundle.json" validators="/built/validators.js" autosave="off"></cluster-form></body></html>`,
      "en-GB",
    );
    await expectSampleScored(page);
    expect(await page.locator("cluster-form").getByRole("button", { name: "Check", exact: true }).count()).toBe(1);
    expect(scripts).toContain("/built/validators.js");
    expect(scripts.filter((path) => /\/compiler-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
