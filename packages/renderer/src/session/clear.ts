/**
 * Clearing what one role filled, and only that: an expert's Clear leaves the applicant's data and
 * self-scores as they are. Says what it removes, so the confirmation can name it.
 */
import { isRecord, valueAt, type EditRights, type FormPackage, type Submission } from "@cluster-form/schema";
import { isFilled } from "../state/data-path.js";
import { normalizeSubmission } from "./session.js";

export interface Clearing {
  /** The submission with the role's fields, scores and reasons removed. */
  readonly next: Submission;
  /** How many filled values go (fields, table cells, scores, reasons). */
  readonly values: number;
  /** Titles of the parts whose data changes, in form order; scores are counted in `values`. */
  readonly parts: readonly string[];
  /** How many of `values` are scores or reasons. */
  readonly scores: number;
}

/** Filled leaf values below `value`. */
export function countFilled(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFilled(item), 0);
  if (isRecord(value)) return Object.values(value).reduce((sum: number, item) => sum + countFilled(item), 0);
  return isFilled(value) ? 1 : 0;
}

export function clearFor(pkg: FormPackage, rights: EditRights, current: Submission, role: string): Clearing {
  // The envelope and unknown keys stay; every field, score and reason the role may not fill is taken back from `current`.
  const emptied = { ...current, data: {}, scores: {}, ...(current.reasons === undefined ? {} : { reasons: {} }) };
  const next = normalizeSubmission(pkg, rights.keepLocked(role, current, emptied));
  const lost = (segments: readonly string[]): number => countFilled(valueAt(current, segments)) - countFilled(valueAt(next, segments));
  const parts = pkg.parts.filter((part) => lost(["data", part.ref.id]) > 0).map((part) => part.ref.title);
  const scores = lost(["scores"]) + lost(["reasons"]);
  return { next, values: lost(["data"]) + scores, parts, scores };
}
