/**
 * Filling a test case's submission by hand: any value of the data it submits, set where it is written
 * or added with the objects and lists on the way (an empty stub has none of them yet), removed with
 * `undefined`. Only inside `cases[index].submission.data` of an existing case of a test file.
 */
import { isRecord, type JsonLogic } from "@cluster-form/schema";
import { ChangeBuilder, EditRefused, parsedFile, valueAtPath } from "./text-edits.js";
import { refusalFinding } from "./messages.js";
import type { EditResult, FormTexts } from "./types.js";

/** Where a value of a case's submitted data is: the part's key first (`["table8", "brands", "items", 0, "name"]`). */
export type CaseDataPath = readonly (string | number)[];

export const caseDataBase = (index: number): (string | number)[] => ["cases", index, "submission", "data"];

/** Sets (or, with `undefined`, removes) the value at `path` of the data case `index` of test file `file` submits. */
export function setCaseValue(texts: FormTexts, file: string, index: number, path: CaseDataPath, value: JsonLogic | undefined): EditResult {
  const parsed = parsedFile(texts, file);
  if (!isRecord(valueAtPath(parsed, ["cases", index]))) {
    const pointer = `/cases/${index}`;
    throw new EditRefused([refusalFinding("edit-target", file, pointer, (t) => t.nothingAt(file, pointer))]);
  }
  const full = [...caseDataBase(index), ...path];
  if (value === undefined && valueAtPath(parsed, full) === undefined) return { changes: [] };
  return new ChangeBuilder(texts).set(file, full, value as JsonLogic).result();
}
