/**
 * A text that looks like Office Open XML's own escape (`_x0041_` is "A", ECMA-376 ST_Xstring) in a
 * workbook the user saved again in another program. Excel stores such typed text with its first
 * `_` escaped (`_x005F_x0041_`), so it comes back as typed; a program that stores it bare stores
 * "A", and Excel shows "A" too. exceljs (which this package does not patch) decodes escapes only
 * with upper-case hex digits: the last test pins that limit, which docs/excel.md ("Text comes back
 * exactly") states.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

const TYPED = "_x0041_ 型号";
const SHARED = "xl/sharedStrings.xml";

/** The fixture's export with the cluster's name `TYPED`, and the shared-string entry as our writer stored it. */
async function exported(): Promise<{ files: Record<string, Uint8Array>; stored: string }> {
  const submission = structuredClone(fixtureSubmission);
  submission.data.cover.name = TYPED;
  const files = unzipSync(await exportSubmissionXlsx(fixtureForm, submission));
  const stored = /<si><t[^>]*>(_x005F_x0041_ 型号)<\/t><\/si>/.exec(strFromU8(files[SHARED] ?? new Uint8Array()))?.[0];
  if (stored === undefined) throw new Error("the name is not a shared string of the export");
  return { files, stored };
}

/** The cluster's name read back after the shared string is stored as `entry` (an `<si>` element). */
async function nameAfter(entry: string): Promise<unknown> {
  const { files, stored } = await exported();
  const text = strFromU8(files[SHARED] ?? new Uint8Array());
  const back = await importSubmissionXlsx(fixtureForm, zipSync({ ...files, [SHARED]: strToU8(text.replace(stored, entry)) }));
  return (back.submission?.data as { cover?: { name?: unknown } } | undefined)?.cover?.name;
}

describe("text that looks like an escape, after another program saved the workbook", () => {
  it("as Excel stores typed text: its first _ escaped, back as typed", async () => {
    expect(await nameAfter("<si><t>_x005F_x0041_ 型号</t></si>")).toBe(TYPED);
  });

  it("as Excel stores a cell with part of its text formatted (rich text runs): back as typed", async () => {
    expect(await nameAfter("<si><r><rPr><b/></rPr><t>_x005F_x0041_</t></r><r><t xml:space=\"preserve\"> 型号</t></r></si>")).toBe(TYPED);
  });

  it("stored bare, by a program that does not escape: the character the file says, as Excel shows it", async () => {
    expect(await nameAfter("<si><t>_x0041_ 型号</t></si>")).toBe("A 型号");
  });

  it("limit: an escape with lower-case hex digits (allowed by the standard) is not decoded by exceljs", async () => {
    expect(await nameAfter("<si><t>_x005f_x0041_ 型号</t></si>")).toBe("_x005fA 型号");
  });
});
