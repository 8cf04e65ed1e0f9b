/**
 * An evaluation as one role sees it. The evaluator's completeness and findings are the whole
 * form's; here a role's blanks, its completeness and the errors that stop its submission are
 * only those of the fields it fills (./edit-rights.ts). A role that fills nothing (a viewer)
 * sees the whole form's.
 */
import type { DataFinding } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { EditRights } from "./edit-rights.js";

export interface RoleBlank {
  readonly pointer: string;
  readonly label: string;
  /** The title of its part. */
  readonly part: string;
}

export interface RoleView {
  readonly blanks: readonly RoleBlank[];
  /** Required fields filled, in percent, rounded down: 100 once this role has no blank left. */
  readonly percent: number;
  partPercent(partId: string): number;
  /** Errors on fields this role fills, or on no field: they stop its submission. */
  readonly errors: readonly DataFinding[];
  /** Whether a finding is shown next to its field: a blank left for another role is not. */
  shows(finding: DataFinding): boolean;
}

/** Codes of "this required field is blank", from the evaluator and from schema validation. */
const BLANK_CODES: ReadonlySet<string> = new Set(["required", "data-required"]);

const percentOf = (required: number, blank: number): number => (required === 0 ? 100 : Math.floor((100 * (required - blank)) / required));

export function roleView(result: EvaluationResult | undefined, rights: EditRights, role: string): RoleView {
  const everything = !rights.editsAnything(role);
  const mine = (pointer: string) => everything || rights.canEdit(pointer, role);
  const parts = result?.completeness.parts ?? [];
  const blanksByPart = new Map(parts.map((part) => [part.part, part.blanks.filter((blank) => mine(blank.pointer))]));
  const required = parts.reduce((sum, part) => sum + part.required, 0);
  const blanks = parts.flatMap((part) => (blanksByPart.get(part.part) ?? []).map((blank) => ({ pointer: blank.pointer, label: blank.label, part: part.title })));
  return {
    blanks,
    percent: result ? percentOf(required, blanks.length) : 0,
    partPercent(partId) {
      const part = parts.find((p) => p.part === partId);
      return part ? percentOf(part.required, blanksByPart.get(partId)?.length ?? 0) : 100;
    },
    errors: (result?.findings ?? []).filter((finding) => finding.severity === "error" && mine(finding.pointer)),
    shows: (finding) => !BLANK_CODES.has(finding.code) || mine(finding.pointer),
  };
}
