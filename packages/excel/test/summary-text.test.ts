/** A summary's cells give back the submissions' text exactly, in memory and streamed to a file. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { plainCellValue } from "../src/cells.js";
import { readWorkbook } from "../src/exceljs.js";
import { summarizeToXlsx, summaryEntry } from "../src/index.js";
import { summarizeToFile } from "../src/node.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

/** Text a cell used to change or drop: CR, control characters, lone surrogates, U+FFFE/U+FFFF, escape look-alikes. */
const NAMES = ["甲\r\n集群", "乙\r集群", "丙\u0001\u001f\u007f集群", "丁\ud800集群\udc00", "戊\ufffe\uffff集群", "己_x000D_集群_x005F_"];
const SOURCE = "坏\r文件\u0002.json";

const withName = (name: string) => ({ ...fixtureSubmission, data: { ...fixtureSubmission.data, cover: { ...fixtureSubmission.data.cover, name } } });
const source = () => [...NAMES.map(withName), summaryEntry(SOURCE, { nope: true })];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cluster-form-summary-text-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(bytes: Uint8Array) {
  const [summary, invalid] = (await readWorkbook(bytes)).worksheets;
  const texts: unknown[] = [];
  summary!.eachRow((row) => row.eachCell((cell) => texts.push(plainCellValue(cell.value))));
  const sources: unknown[] = [];
  invalid!.eachRow((row) => sources.push(plainCellValue(row.getCell(2).value)));
  return { texts, sources };
}

describe("summary text", () => {
  test.each([
    ["in memory", async () => (await summarizeToXlsx(fixtureForm, source(), { mode: "draft" })).bytes],
    [
      "streamed to a file",
      async () => {
        const out = join(dir, "summary.xlsx");
        await summarizeToFile(fixtureForm, source(), out, { mode: "draft" });
        return new Uint8Array(await readFile(out));
      },
    ],
  ])("%s: every cluster name and source reads back exactly", async (_name, summarize) => {
    const { texts, sources } = await readBack(await summarize());
    for (const name of NAMES) expect(texts).toContain(name);
    expect(sources).toContain(SOURCE);
  });
});
