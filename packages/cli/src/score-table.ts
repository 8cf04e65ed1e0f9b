/** The terminal view of an evaluation: per part a table of criteria (points, one column per score column, explanation), then totals, veto, completeness and findings. */
import { ownValue, type Lang, type ScoreColumnDef } from "@cluster-form/schema";
import type { CriterionResult, EvaluationResult, ScoreCell } from "@cluster-form/rules";
import { cliCatalogs } from "./messages.js";
import { renderTable, type Align } from "./table.js";

const number = (value: number | null | undefined): string => (value === null || value === undefined ? "-" : String(Math.round(value * 100) / 100));

function cellText(cell: ScoreCell | undefined, lang: Lang): string {
  if (!cell) return "";
  const status = cliCatalogs[lang].score.status[cell.status] ?? cell.status;
  if (cell.status === "invalid") return `${status}(${JSON.stringify(cell.entered) ?? ""})`;
  if (cell.status === "overridden") return `${number(cell.value)} ${status}(${cell.reason ?? ""})`;
  if (cell.value !== null) return number(cell.value);
  return status || "-";
}

/** The steps of the explanation (each branch tried, with the inputs' values), or its summary when it has none. */
function explain(criterion: CriterionResult, lang: Lang): string {
  const steps = criterion.explanation.steps.map((step) => step.message[lang]);
  return steps.length > 0 ? steps.join(cliCatalogs[lang].score.stepSeparator) : criterion.explanation.summary[lang];
}

export function renderScore(result: EvaluationResult, columns: readonly ScoreColumnDef[], lang: Lang): string {
  const text = cliCatalogs[lang].score;
  const header = [text.criterion, text.points, ...columns.map((c) => c.label), text.explanation];
  const align: Align[] = ["left", "right", ...columns.map((): Align => "right"), "left"];
  const out: string[] = [];
  for (const part of result.parts) {
    const criteria = result.criteria.filter((c) => c.part === part.part);
    if (criteria.length === 0) continue;
    const rows: string[][] = [header];
    for (const criterion of criteria) {
      rows.push([
        `${criterion.label} [${criterion.id}]`,
        number(criterion.points),
        ...columns.map((c) => cellText(ownValue(criterion.scores, c.id), lang)),
        explain(criterion, lang),
      ]);
    }
    rows.push([text.subtotal, number(part.points), ...columns.map((c) => number(ownValue(part.columns, c.id)?.value)), ""]);
    out.push(part.title, renderTable(rows, align, "  "), "");
  }
  // A form without criteria (an application form) has no points to show: no empty table.
  if (result.criteria.length > 0) {
    out.push(renderTable([["", text.points, ...columns.map((c) => c.label)], [text.total, number(result.maxTotal), ...columns.map((c) => number(ownValue(result.total, c.id)?.value))]], ["left", "right", ...columns.map((): Align => "right")]));
    out.push("");
  }
  if (result.veto.vetoed) {
    out.push(text.vetoed);
    for (const reason of result.veto.reasons) out.push(`  - ${reason.message[lang]}`);
  } else {
    out.push(result.veto.decided ? text.notVetoed : text.vetoUndecided);
  }
  out.push(text.completeness(result.completeness.percent));
  if (result.findings.length > 0) {
    out.push("", text.findingsHeading);
    for (const finding of result.findings) {
      const severity = cliCatalogs[lang].severity[finding.severity];
      out.push(`  ${severity}  ${finding.pointer}${finding.label ? ` (${finding.label})` : ""}  ${finding.message[lang]}`);
    }
  }
  out.push("", !result.valid ? text.invalid : result.veto.vetoed ? text.validButVetoed : text.valid);
  return out.join("\n") + "\n";
}
