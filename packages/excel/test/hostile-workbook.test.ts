/**
 * Hostile workbooks, written as real .xlsx files to a temporary folder: each is refused by the
 * size guard with its reason, and exceljs is never asked to parse it.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { submissionLimits } from "@cluster-form/schema";
import { zipSync, unzipSync, type Zippable } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import * as exceljs from "../src/exceljs.js";
import { exportSubmissionXlsx, importRowsXlsx, importSubmissionXlsx } from "../src/index.js";
import { fromCell } from "../src/cells.js";
import { sheetWords } from "../src/messages.js";
import { checkWorkbook } from "../src/workbook-guard.js";
import { MAX_WORKBOOK_ENTRIES, UNBOUNDED_FORM_BYTES, workbookLimits } from "../src/workbook-limits.js";
import { readZipDirectory } from "../src/zip-directory.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";
import { declareSize } from "../../../test/support/hostile-zip.js";

vi.mock(import("../src/exceljs.js"), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, readWorkbook: vi.fn(actual.readWorkbook) };
});

const limits = workbookLimits(fixtureForm);
let dir = "";
let exported: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cf-hostile-xlsx-"));
  exported = await exportSubmissionXlsx(fixtureForm, fixtureSubmission);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(() => {
  vi.mocked(exceljs.readWorkbook).mockClear();
});

/** Writes the bytes as a file and reads them back, as the command line and a file input do. */
async function onDisk(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return new Uint8Array(await readFile(file));
}

/** The exported workbook with `extra` parts added (compressed as hard as deflate can). */
function withParts(extra: Zippable): Uint8Array {
  return zipSync({ ...unzipSync(exported), ...extra }, { level: 9 });
}

/** Rows of XML that compress a thousandfold: a sheet that expands far beyond the form's limit. */
function bigSheet(bytes: number): Uint8Array {
  const row = new TextEncoder().encode('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
  const out = new Uint8Array(bytes);
  for (let at = 0; at + row.length <= bytes; at += row.length) out.set(row, at);
  return out;
}

async function expectRefused(bytes: Uint8Array, code: string, en: string, zh: string): Promise<void> {
  expect((await checkWorkbook(bytes, limits))?.code).toBe(code);
  const whole = await importSubmissionXlsx(fixtureForm, bytes);
  expect(whole.problems).toHaveLength(1);
  expect(whole.problems[0]!.reason.en).toContain(en);
  expect(whole.problems[0]!.reason.zh).toContain(zh);
  expect(whole.submission).toEqual({ form: { id: "fixture-form", version: "1.0.0" }, data: {} });
  const rows = await importRowsXlsx(fixtureForm, "table2", "/enterprises", bytes);
  expect(rows.rows).toEqual([]);
  expect(rows.problems.map((p) => p.reason.en)).toEqual([whole.problems[0]!.reason.en]);
  expect(exceljs.readWorkbook).not.toHaveBeenCalled();
}

describe("the form's limits", () => {
  test("follow from the form: every field at its maxLength, every list at its maxItems, plus a fixed allowance", () => {
    expect(limits.maxBytes).toBeGreaterThan(16 * 2 ** 20);
    expect(limits.maxBytes).toBeLessThan(17 * 2 ** 20);
    expect(limits.maxEntries).toBe(MAX_WORKBOOK_ENTRIES);
    const table2 = fixtureForm.parts.find((p) => p.ref.id === "table2")!;
    const unbounded = { ...table2, schema: { type: "object" as const, properties: { list: { type: "array" as const, items: { type: "string" as const } } } } };
    expect(workbookLimits({ ...fixtureForm, parts: [unbounded] }).maxBytes).toBe(UNBOUNDED_FORM_BYTES);
  });

  test("follow the form's largest submission: a form whose submissions have no bound (a date without maxLength) gets the fixed allowance", () => {
    const table2 = fixtureForm.parts.find((p) => p.ref.id === "table2")!;
    const undated = { ...table2, schema: { type: "object" as const, properties: { founded: { type: "string" as const, format: "date" } } } };
    const pkg = { ...fixtureForm, parts: [undated] };
    expect(submissionLimits(pkg).bounded).toBe(false);
    expect(workbookLimits(pkg).maxBytes).toBe(UNBOUNDED_FORM_BYTES);
  });

  test("a workbook of the form filled to every limit is read", async () => {
    const longest = "汉".repeat(100);
    const enterprises = Array.from({ length: 20 }, (_, i) => ({ name: `${i}${longest}`.slice(0, 100), sales: 1e12 + i, products: Array.from({ length: 10 }, () => "品".repeat(50)) }));
    const full = { ...fixtureSubmission, data: { ...fixtureSubmission.data, report: { basics: "报".repeat(3000) }, table2: { enterprises } } };
    const bytes = await onDisk("full.xlsx", await exportSubmissionXlsx(fixtureForm, full));
    expect(await checkWorkbook(bytes, limits)).toBeUndefined();
    const back = await importSubmissionXlsx(fixtureForm, bytes);
    expect(back.problems).toEqual([]);
    expect(back.submission).toEqual(full);
    expect(exceljs.readWorkbook).toHaveBeenCalledTimes(1);
  });
});

describe("a hostile workbook is refused before it is parsed", () => {
  test("a sheet that expands to more than the form can hold (a zip bomb)", async () => {
    const bytes = await onDisk("bomb.xlsx", withParts({ "xl/worksheets/sheet99.xml": bigSheet(24 * 2 ** 20) }));
    expect(bytes.length).toBeLessThan(200_000);
    await expectRefused(bytes, "excel.tooLarge", "more than the 16.", "超过本表单工作簿的上限 16.");
  });

  test("one shared string larger than the limit", async () => {
    const strings = new TextEncoder().encode(`<sst><si><t>${"a".repeat(20 * 2 ** 20)}</t></si></sst>`);
    await expectRefused(await onDisk("string.xlsx", withParts({ "xl/sharedStrings.xml": strings })), "excel.tooLarge", "expands to 20.0 MB", "解压后为 20.0 MB");
  });

  test("a part that declares a small size and inflates to far more", async () => {
    const honest = withParts({ "xl/worksheets/sheet99.xml": bigSheet(12 * 2 ** 20) });
    expect(await checkWorkbook(honest, limits)).toBeUndefined();
    const lying = await onDisk("liar.xlsx", declareSize(honest, "xl/worksheets/sheet99.xml", 1000));
    await expectRefused(lying, "excel.sizeLie", 'Part "xl/worksheets/sheet99.xml" of the workbook expands to more than the 1000 bytes it declares', "解压后超过其声明的");
  });

  test("a stored (uncompressed) part larger than it declares", async () => {
    const stored = zipSync({ ...unzipSync(exported), "xl/media/blob.bin": [new Uint8Array(5000), { level: 0 }] });
    const lying = await onDisk("stored-liar.xlsx", declareSize(stored, "xl/media/blob.bin", 10));
    await expectRefused(lying, "excel.sizeLie", 'Part "xl/media/blob.bin"', "xl/media/blob.bin");
  });

  test("more files than a workbook has", async () => {
    const many: Zippable = {};
    for (let i = 0; i <= MAX_WORKBOOK_ENTRIES; i++) many[`xl/media/image${i}.png`] = new Uint8Array(1);
    await expectRefused(await onDisk("many.xlsx", withParts(many)), "excel.tooManyEntries", "more than the 1000", "超过上限 1000 个");
  });

  test("a ZIP64 archive, a damaged directory, a part that cannot be inflated, and a file that is not a zip", async () => {
    const zip64 = exported.slice();
    const view = new DataView(zip64.buffer);
    const end = zip64.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint16(end + 10, 0xffff, true);
    await expectRefused(await onDisk("zip64.xlsx", zip64), "excel.notZip", "ZIP64", "ZIP64");

    const damaged = exported.slice();
    new DataView(damaged.buffer).setUint32(end + 16, damaged.length, true);
    await expectRefused(await onDisk("damaged.xlsx", damaged), "excel.notZip", "table of contents is damaged", "目录已损坏");

    const directory = readZipDirectory(exported);
    if (!directory.ok) throw new Error("not a zip");
    const sheet = directory.entries.find((e) => e.name === "xl/workbook.xml")!;
    const broken = exported.slice();
    const start = sheet.localOffset + 30 + new DataView(broken.buffer).getUint16(sheet.localOffset + 26, true);
    broken.fill(0xff, start, start + Math.min(sheet.compressedSize, 16));
    await expectRefused(await onDisk("broken.xlsx", broken), "excel.notZip", "cannot be decompressed", "无法解压");

    await expectRefused(await onDisk("text.xlsx", new TextEncoder().encode("not a workbook")), "excel.notZip", "not a zip archive", "不是 zip 压缩文件");
  });

  test("a file larger than any workbook of the form is refused by its size alone", async () => {
    const huge = new Uint8Array(limits.maxFileBytes + 1);
    await expectRefused(huge, "excel.fileTooLarge", `The file is ${(huge.length / 2 ** 20).toFixed(1)} MB, larger than any workbook of this form can be`, "文件大小为");
  });
});

describe("JSON nested deeper than any form's data", () => {
  test("in the hidden sheet or in a cell of an object field is a problem, never a stack overflow later", async () => {
    const workbook = await exceljs.readWorkbook(exported);
    const deep = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);
    const meta = workbook.getWorksheet("cluster-form")!;
    const json = deep(100_000);
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += 32_767) chunks.push(json.slice(at, at + 32_767));
    meta.addRow(["/deep", ...chunks]);
    const back = await importSubmissionXlsx(fixtureForm, await onDisk("deep.xlsx", await exceljs.writeWorkbook(workbook)));
    expect(back.problems.map((p) => [p.sheet, p.reason.en])).toEqual([["cluster-form", "The value nests deeper than 64 levels, deeper than any form's data; not imported."]]);
    expect(JSON.stringify(back.submission).length).toBeLessThan(10_000);
    const cell = fromCell(deep(16_000), { type: "object" }, sheetWords("zh-CN"));
    expect(cell.kind === "problem" && cell.reason.zh).toBe("该值嵌套超过 64 层，超出任何表单数据的深度，未导入。");
    expect(fromCell(deep(64), { type: "object" }, sheetWords("zh-CN"))).toEqual({ kind: "value", value: JSON.parse(deep(64)) });
  });
});
