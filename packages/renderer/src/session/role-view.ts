/**
 * An evaluation as one role sees it. The evaluator's completeness and findings are the whole
 * form's; here a role's blanks, its completeness and the errors that stop its submission are
 * only those of the fields it fills (the form model's edit rights, @cluster-form/schema). A role that fills nothing (a viewer)
 * sees the whole form's.
 */
import { filledPercent, parentPointer, type DataFinding, type EditRights } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { isBlankDeep } from "../state/blank.js";

export interface RoleBlank {
  readonly pointer: string;
  readonly label: string;
  /** The title of its part. */
  readonly part: string;
}

export interface RoleView {
  /** The role's blanks as listed by the evaluator (at most MAX_BLANKS_PER_PART a part). */
  readonly blanks: readonly RoleBlank[];
  /** All the role's blanks, those past the evaluator's list included. */
  readonly blankCount: number;
  /**
   * Required fields filled with a valid value, in percent, rounded down: 100 once this role has no
   * blank and no invalid value left. A value that fails its schema (over its limit, out of range) is not done.
   */
  readonly percent: number;
  partPercent(partId: string): number;
  /** Whether the role has anything required to fill in a part: a part with nothing shows no progress. */
  requires(partId: string): boolean;
  /** Errors on fields this role fills, or on no field: they stop its submission. */
  readonly errors: readonly DataFinding[];
  /** Whether a finding is shown next to its field: a blank left for another role is not. */
  shows(finding: DataFinding): boolean;
}

/** Codes of "this required field is blank", from the evaluator and from schema validation. */
const BLANK_CODES: ReadonlySet<string> = new Set(["required", "data-required"]);

const percentOf = (required: number, notDone: number): number => filledPercent(Math.max(0, required - notDone), required);

/** The row a pointer is in (`/data/t/list/3/name` → `/data/t/list/3`), when its parent is a list. */
function rowOf(pointer: string, valueAt: (pointer: string) => unknown): string | undefined {
  const row = parentPointer(pointer);
  const list = parentPointer(row);
  return /\/\d+$/.test(row) && Array.isArray(valueAt(list)) ? row : undefined;
}

type PartCompleteness = EvaluationResult["completeness"]["parts"][number];

interface PartTally {
  /** The role's blanks the evaluator lists. */
  readonly listed: readonly PartCompleteness["blanks"][number][];
  /** The role's blanks, listed or not. */
  readonly blankCount: number;
  /** What the role must fill in the part, and how much of it is blank: what empty rows ask is left out of both. */
  readonly required: number;
  readonly blank: number;
}

/**
 * One part as the role sees it. A part where the role fills nothing asks nothing of it: the other
 * roles' fields, blank or filled, are not its progress (an empty form is 0 %, not the share of the
 * expert's blanks). Blanks past the evaluator's list cannot be told apart by field: in a part the
 * role fills they count as its own, and as not in an empty row.
 */
function tally(part: PartCompleteness, mine: (pointer: string) => boolean, inEmptyRow: (pointer: string) => boolean, fillsPart: boolean): PartTally {
  const listed = part.blanks.filter((blank) => mine(blank.pointer));
  if (!fillsPart) return { listed, blankCount: listed.length, required: 0, blank: 0 };
  const unlisted = part.moreBlanks ?? 0;
  const others = part.blanks.length - listed.length;
  const notAskedYet = listed.filter((blank) => inEmptyRow(blank.pointer)).length;
  return { listed, blankCount: listed.length + unlisted, required: part.required - others - notAskedYet, blank: listed.length - notAskedYet + unlisted };
}

/**
 * `valueAt` reads the submission: a row added and left empty asks nothing yet (its blanks do not
 * count against the part's progress; the final check still names them).
 */
export function roleView(result: EvaluationResult | undefined, rights: EditRights, role: string, valueAt?: (pointer: string) => unknown): RoleView {
  const everything = !rights.editsAnything(role);
  const mine = (pointer: string) => everything || rights.canEdit(role, pointer);
  const inEmptyRow = (pointer: string): boolean => {
    const row = valueAt ? rowOf(pointer, valueAt) : undefined;
    return row !== undefined && valueAt !== undefined && isBlankDeep(valueAt(row));
  };
  const parts = result?.completeness.parts ?? [];
  const tallies = new Map(parts.map((part) => [part.part, tally(part, mine, inEmptyRow, everything || rights.editsWithin(role, `/data/${part.part}`))]));
  const blankPointers = new Set(parts.flatMap((part) => part.blanks.map((b) => b.pointer)));
  // Fields of the role whose value fails its schema: filled, but not done.
  const invalidByPart = new Map<string, Set<string>>();
  for (const finding of result?.findings ?? []) {
    if (finding.severity !== "error" || BLANK_CODES.has(finding.code) || blankPointers.has(finding.pointer) || !mine(finding.pointer)) continue;
    const partId = finding.pointer.split("/")[1] === "data" ? finding.pointer.split("/")[2] : undefined;
    if (partId === undefined) continue;
    let set = invalidByPart.get(partId);
    if (!set) invalidByPart.set(partId, (set = new Set()));
    set.add(finding.pointer);
  }
  const notDoneOf = (partId: string): number => (tallies.get(partId)?.blank ?? 0) + (invalidByPart.get(partId)?.size ?? 0);
  const required = parts.reduce((sum, part) => sum + (tallies.get(part.part)?.required ?? 0), 0);
  const notDone = parts.reduce((sum, part) => sum + notDoneOf(part.part), 0);
  const blanks = parts.flatMap((part) => (tallies.get(part.part)?.listed ?? []).map((blank) => ({ pointer: blank.pointer, label: blank.label, part: part.title })));
  return {
    blanks,
    blankCount: parts.reduce((sum, part) => sum + (tallies.get(part.part)?.blankCount ?? 0), 0),
    percent: result ? percentOf(required, notDone) : 0,
    partPercent: (partId) => percentOf(tallies.get(partId)?.required ?? 0, notDoneOf(partId)),
    requires: (partId) => (tallies.get(partId)?.required ?? 0) > 0,
    errors: (result?.findings ?? []).filter((finding) => finding.severity === "error" && mine(finding.pointer)),
    shows: (finding) => !BLANK_CODES.has(finding.code) || mine(finding.pointer),
  };
}
