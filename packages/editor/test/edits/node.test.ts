import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EditRefused } from "../../src/edits/text-edits.js";
import { setValue } from "../../src/edits/values.js";
import { readFormTexts, writeChanges } from "../../src/edits-node.js";
import { copyForm } from "./support.js";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

describe("reading a form folder and writing changes back", () => {
  it("reads every JSON file of the folder by relative path, leaving node_modules and package.json out", async () => {
    const made = await copyForm("2021-application");
    dispose = made.dispose;
    await mkdir(join(made.folder, "node_modules", "x"), { recursive: true });
    await writeFile(join(made.folder, "node_modules", "x", "y.json"), "{}");
    const texts = await readFormTexts(made.folder);
    expect(Object.keys(texts)).toContain("parts/platforms.rules.json");
    expect(Object.keys(texts)).toContain("tests/checks.json");
    expect(Object.keys(texts).some((f) => f.startsWith("node_modules") || f === "package.json")).toBe(false);
  });

  it("refuses to overwrite a file changed outside the editor since it was read, and writes nothing", async () => {
    const made = await copyForm("2021-application");
    dispose = made.dispose;
    const texts = await readFormTexts(made.folder);
    const change = setValue(texts, { file: "form.json", pointer: "/title" }, "新标题");
    const path = join(made.folder, "form.json");
    const outside = (texts["form.json"] ?? "").replace('"version"', '"version"  ');
    await writeFile(path, outside);
    const refused = await writeChanges(made.folder, change).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditRefused);
    expect((refused as EditRefused).findings[0]?.message.zh).toContain("编辑器之外");
    expect(await readFile(path, "utf8")).toBe(outside);
    await writeChanges(made.folder, change, { checkBefore: false });
    expect(await readFile(path, "utf8")).toBe(change.changes[0]?.after);
  });

  it("never writes outside the form folder", async () => {
    const made = await copyForm("2021-application");
    dispose = made.dispose;
    const escape = { changes: [{ file: "../escape.json", before: undefined, after: "{}", edits: [], inverse: [] }] };
    await expect(writeChanges(made.folder, escape)).rejects.toThrow(EditRefused);
    await expect(readFile(join(made.folder, "..", "escape.json"), "utf8")).rejects.toThrow();
  });
});
