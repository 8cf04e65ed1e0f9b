/**
 * In a final submission, the judgement scores the submitting role must type count in
 * completeness like required fields: a blank self score of the applicant is a blank, not 100 %.
 * Scores a rule computes need nothing typed and do not count; neither do other roles' columns.
 */
import type { Lang, ScoreColumnDef } from "@cluster-form/schema";
import { filledPercent, formatPointer, ownValue } from "@cluster-form/schema";
import { phrase } from "../locales/evaluation.js";
import type { CriterionResult, EvaluationResult, PartCompleteness } from "../types.js";

type Completeness = EvaluationResult["completeness"];

function partWithScores(part: PartCompleteness, criteria: readonly CriterionResult[], columns: readonly ScoreColumnDef[], lang: Lang): PartCompleteness {
  let required = part.required;
  let filled = part.filled;
  const blanks = [...part.blanks];
  for (const criterion of criteria) {
    if (criterion.part !== part.part) continue;
    for (const column of columns) {
      const cell = ownValue(criterion.scores, column.id);
      // A judgement shows as missing or entered; `invalid` with a typed value is a judgement typed out of range.
      const typed = cell?.status === "entered" || (cell?.status === "invalid" && cell.entered !== undefined);
      if (cell?.status !== "missing" && !typed) continue;
      required += 1;
      if (typed) filled += 1;
      else blanks.push({ pointer: formatPointer(["scores", criterion.id, column.id]), label: phrase(lang, "label.score", { criterion: criterion.label, column: column.label }) });
    }
  }
  return { ...part, required, filled, percent: filledPercent(filled, required), blanks };
}

export function withRoleScores(completeness: Completeness, criteria: readonly CriterionResult[], scoreColumns: readonly ScoreColumnDef[], role: string, lang: Lang): Completeness {
  const columns = scoreColumns.filter((c) => c.editableBy.includes(role));
  if (columns.length === 0) return completeness;
  const parts = completeness.parts.map((part) => partWithScores(part, criteria, columns, lang));
  const required = parts.reduce((sum, p) => sum + p.required, 0);
  const filled = parts.reduce((sum, p) => sum + p.filled, 0);
  return { percent: filledPercent(filled, required), parts };
}
