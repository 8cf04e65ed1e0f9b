/**
 * scripts/check-layers.mjs (run by `pnpm lint`): on a small workspace on disk, a clean layering passes
 * and each broken rule fails with a message naming the files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLayers } from "../scripts/check-layers.mjs";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const CLEAN: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true } }),
  "package.json": JSON.stringify({ name: "fixture", type: "module" }),
  "node_modules/lit/package.json": JSON.stringify({ name: "lit", type: "module", exports: { ".": "./index.js" } }),
  "node_modules/lit/index.js": "export const html = (strings) => strings.join('');\n",
  "packages/schema/src/index.ts": `export { loadForm } from "./load.js";\nexport type { Form } from "./types.js";\n`,
  "packages/schema/src/types.ts": "export interface Form { readonly id: string }\n",
  "packages/schema/src/load.ts": `import type { Form } from "./types.js";\nexport const loadForm = (id: string): Form => ({ id });\n`,
  "packages/schema/src/node.ts": `import { readFileSync } from "node:fs";\nexport const readForm = (path: string): string => readFileSync(path, "utf8");\n`,
  "packages/rules/src/index.ts": `import { loadForm } from "../../schema/src/index.js";\nexport const score = (id: string): number => loadForm(id).id.length;\n`,
  "packages/renderer/src/element.ts": `import { html } from "lit";\nimport { score } from "../../rules/src/index.js";\nexport const view = (): string => html([String(score("a"))]);\n`,
};

async function check(changes: Record<string, string>, allowed: readonly { issue: number; files: string[]; why: string }[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "cf-layers-"));
  made.push(dir);
  for (const [path, text] of Object.entries({ ...CLEAN, ...changes })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return checkLayers({ cwd: dir, allowed });
}

describe("the layering check", () => {
  it("passes a workspace that keeps the layers", async () => {
    const result = await check({});
    expect(result.problems).toEqual([]);
    expect(result.cycles).toEqual([]);
    expect(result.modules).toBeGreaterThanOrEqual(8);
  });

  it("fails on an import cycle, type-only imports included, naming each file of it", async () => {
    const { problems, cycles } = await check({
      "packages/schema/src/types.ts": `import type { loadForm } from "./load.js";\nexport interface Form { readonly id: string; readonly load?: typeof loadForm }\n`,
    });
    expect(cycles).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^no-circular: /);
    expect(problems[0]).toContain("packages/schema/src/load.ts");
    expect(problems[0]).toContain("packages/schema/src/types.ts");
  });

  it("lets an allowed cycle pass, and fails once it is gone so that its entry is deleted", async () => {
    const cycle = { "packages/rules/src/a.ts": `import type { B } from "./b.js";\nexport type A = { b?: B };\n`, "packages/rules/src/b.ts": `import type { A } from "./a.js";\nexport type B = { a?: A };\n` };
    const entry = { issue: 19, files: ["packages/rules/src/b.ts", "packages/rules/src/a.ts"], why: "fixture" };
    const kept = await check(cycle, [entry]);
    expect(kept.problems).toEqual([]);
    expect(kept.cycles).toHaveLength(1);
    const gone = await check({}, [entry]);
    expect(gone.problems).toEqual([expect.stringMatching(/^allowed cycle gone: packages\/rules\/src\/a\.ts ⇄ packages\/rules\/src\/b\.ts \(issue #19\)/)]);
  });

  it("fails when schema imports rules, naming both files", async () => {
    const { problems } = await check({ "packages/schema/src/load.ts": `import type { Form } from "./types.js";\nimport { score } from "../../rules/src/index.js";\nexport const loadForm = (id: string): Form => ({ id: String(score) });\n` });
    // schema → rules → schema is also a cycle: both are reported.
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^schema-is-the-base: packages\/schema\/src\/load\.ts → packages\/rules\/src\/index\.ts/)]),
    );
  });

  it("fails when rules import the renderer or lit", async () => {
    const { problems } = await check({
      "packages/rules/src/draw.ts": `import { html } from "lit";\nimport { view } from "../../renderer/src/element.js";\nexport const drawn = (): string => html([view()]);\n`,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules-draw-nothing: packages\/rules\/src\/draw\.ts → packages\/renderer\/src\/element\.ts/),
        expect.stringMatching(/^only-the-renderer-draws: packages\/rules\/src\/draw\.ts → node_modules\/lit\/index\.js/),
      ]),
    );
  });

  it("fails when the element's headless session code imports lit or the element's drawing side", async () => {
    const { problems } = await check({
      "packages/renderer/src/widgets/row.ts": `import { html } from "lit";\nexport const row = (): string => html(["row"]);\n`,
      "packages/renderer/src/session/drafts.ts": `import { html } from "lit";\nimport { row } from "../widgets/row.js";\nexport const saved = (): string => html([row()]);\n`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^element-session-draws-nothing: packages\/renderer\/src\/session\/drafts\.ts → node_modules\/lit\/index\.js/),
      expect.stringMatching(/^element-session-draws-nothing: packages\/renderer\/src\/session\/drafts\.ts → packages\/renderer\/src\/widgets\/row\.ts/),
    ]);
  });

  it("fails when a module that is not a Node entry point reads files, and when a browser entry reaches one", async () => {
    const { problems } = await check({
      "packages/rules/src/read.ts": `import { readFile } from "node:fs/promises";\nexport const read = (path: string): Promise<string> => readFile(path, "utf8");\n`,
      "packages/rules/src/index.ts": `import { loadForm } from "../../schema/src/index.js";\nexport { read } from "./read.js";\nexport const score = (id: string): number => loadForm(id).id.length;\n`,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^files-only-in-node-entry-points: packages\/rules\/src\/read\.ts → (node:)?fs\/promises/),
        expect.stringMatching(/^browser-entry-reaches-no-files: packages\/rules\/src\/index\.ts → (node:)?fs\/promises \(via packages\/rules\/src\/read\.ts\)\n/),
      ]),
    );
  });
});
