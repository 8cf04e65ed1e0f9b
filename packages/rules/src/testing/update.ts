/**
 * `test --update`: the new expectations a failing case would need, case by case, and the edits that write
 * them into the test file in place (only the changed values; the file's layout and the rest of it stay).
 */
import { editJson } from "../newyear/edit-json.js";
import type { RuleTestReport } from "./types.js";

export interface ExpectationChange {
  /** Keys inside the case's `expect`. */
  readonly keys: readonly string[];
  readonly from: unknown;
  readonly to: unknown;
}

export interface ExpectationUpdate {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly changes: readonly ExpectationChange[];
}

export interface UpdatePlan {
  readonly updates: readonly ExpectationUpdate[];
  /** Failed cases no new value can fix (a missing finding, an unknown criterion, a crash): for a person. */
  readonly needPerson: readonly { readonly file?: string; readonly name: string }[];
}

export function planUpdates(report: RuleTestReport): UpdatePlan {
  const updates: ExpectationUpdate[] = [];
  const needPerson: { file?: string; name: string }[] = [];
  for (const result of report.cases) {
    if (result.passed) continue;
    const proposals = result.mismatches.map((m) => m.proposal && { keys: m.proposal.keys, from: m.expected, to: m.proposal.value });
    const changes = proposals.filter((p) => p !== undefined);
    if (result.file === undefined || result.index === undefined || result.error !== undefined || changes.length !== proposals.length || changes.length === 0) {
      needPerson.push({ ...(result.file === undefined ? {} : { file: result.file }), name: result.name });
      continue;
    }
    updates.push({ file: result.file, index: result.index, name: result.name, changes });
  }
  return { updates, needPerson };
}

/** The test file's text with the accepted updates of that file written in. */
export function applyUpdates(text: string, updates: readonly ExpectationUpdate[]): string {
  return editJson(
    text,
    updates.flatMap((update) => update.changes.map((change) => ({ path: ["cases", update.index, "expect", ...change.keys], value: change.to }))),
  );
}
