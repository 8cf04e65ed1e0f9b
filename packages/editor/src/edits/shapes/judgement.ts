/**
 * A judgement range: the points an expert may award a branch, from `min` to `max`. Both are set
 * where they are written; a range whose top is below its bottom, or below zero, is refused.
 */
import { refusalFinding } from "../messages.js";
import { ChangeBuilder, EditRefused, parsedFile, valueAtPath } from "../text-edits.js";
import type { EditResult, FormTexts, Site } from "../types.js";
import { jsonPath } from "../values.js";

/** Set the judgement range of the branch at `branch` (`/criteria/0/branches/1`). */
export function setJudgement(texts: FormTexts, branch: Site, range: { readonly min: number; readonly max: number }): EditResult {
  const { min, max } = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
    throw new EditRefused([refusalFinding("edit-target", branch.file, `${branch.pointer}/judgement`, (t) => t.judgementRange(min, max))]);
  }
  const parsed = parsedFile(texts, branch.file);
  const path = jsonPath(parsed, `${branch.pointer}/judgement`);
  const written = valueAtPath(parsed, path);
  if (typeof written !== "object" || written === null) {
    throw new EditRefused([refusalFinding("edit-target", branch.file, `${branch.pointer}/judgement`, (t) => t.nothingAt(branch.file, `${branch.pointer}/judgement`))]);
  }
  return new ChangeBuilder(texts)
    .set(branch.file, [...path, "min"], min)
    .set(branch.file, [...path, "max"], max)
    .result();
}
