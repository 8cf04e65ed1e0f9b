/**
 * The expert's review of rule-computed scores: which score columns a role reviews (the manifest's
 * `review`), the computed scores still waiting for it, confirming them in one change, and whether
 * there is anything of other roles to review at all.
 */
import { editRights, formatPointer, isRecord, ownValue, setValueAt, type EditRights, type FormPackage, type ScoreColumnDef, type Submission } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { isFilled } from "../state/data-path.js";

/** The `review` score columns `role` fills. */
export const reviewColumnsOf = (pkg: FormPackage, role: string): readonly ScoreColumnDef[] =>
  editRights(pkg).scoreColumns(role).filter((column) => column.review === true);

export interface Confirmation {
  readonly criterion: string;
  readonly column: string;
  readonly score: number;
}

/** The rule-computed scores of `columns` that wait for the scorer (`pending`), with the score a confirmation enters. */
export function pendingConfirmations(result: EvaluationResult | undefined, columns: readonly ScoreColumnDef[]): Confirmation[] {
  if (!result) return [];
  return result.criteria.flatMap((criterion) =>
    criterion.computed === null
      ? []
      : columns.filter((column) => ownValue(criterion.scores, column.id)?.status === "pending").map((column) => ({ criterion: criterion.id, column: column.id, score: criterion.computed as number })),
  );
}

/** `submission` with every confirmation entered: one change, so one undo step and one save. */
export function withConfirmations(submission: Submission, confirmations: readonly Confirmation[]): Submission {
  let next: unknown = submission;
  for (const { criterion, column, score } of confirmations) next = setValueAt(next, ["scores", criterion, column], score);
  return next as Submission;
}

/** Whether anything is filled below `value` (a part's data). */
function holdsAnything(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsAnything);
  if (isRecord(value)) return Object.values(value).some(holdsAnything);
  return isFilled(value);
}

/**
 * Whether the submission holds data `role` reviews: anything filled in a part it does not fill
 * (the applicant's tables, for an expert). A review with nothing under it is refused at submit.
 */
export function holdsOthersData(pkg: FormPackage, rights: EditRights, submission: Submission, role: string): boolean {
  return pkg.parts.some((part) => {
    const pointer = formatPointer(["data", part.ref.id]);
    return !rights.canEdit(role, pointer) && Object.hasOwn(submission.data, part.ref.id) && holdsAnything(submission.data[part.ref.id]);
  });
}
