/**
 * What an expectation's path is about, in the form's own words: policy staff read the part's
 * title, the criterion's label and the score column's label, not `criteria.t5.informatization.self`
 * (the path stays beside it for whoever edits the test file).
 */
import type { FormPackage, Lang, LocalizedMessage } from "@cluster-form/schema";
import { ruleTestsCatalogs } from "./messages.js";
import type { EvaluationResult } from "../types.js";

const joinWords = (...words: (string | undefined)[]): string => words.filter((word) => word !== undefined && word !== "").join(" · ");

/** The subject of `path` (a mismatch's) in both languages, or undefined when the form has no words for it. */
export function expectationSubject(pkg: FormPackage, result: EvaluationResult, path: string): LocalizedMessage | undefined {
  const zh = subjectIn(pkg, result, path, "zh");
  return zh === undefined ? undefined : { zh, en: subjectIn(pkg, result, path, "en") ?? zh };
}

function subjectIn(pkg: FormPackage, result: EvaluationResult, path: string, lang: Lang): string | undefined {
  const words = ruleTestsCatalogs[lang].subject;
  const columnLabel = (key: string | undefined): string | undefined =>
    key === undefined ? undefined : key === "computed" ? words.ruleScore : (pkg.manifest.scoreColumns.find((column) => column.id === key)?.label ?? key);
  const partTitle = (id: string | undefined): string | undefined => result.parts.find((part) => part.part === id)?.title;
  const [head, id, key] = path.split(".");
  switch (head) {
    case "criteria": {
      // Criterion ids hold dots themselves (`t1.digital`): the longest id the path starts with is the one.
      const rest = path.slice("criteria.".length);
      const criterion = result.criteria
        .filter((c) => rest === c.id || rest.startsWith(`${c.id}.`))
        .reduce<(typeof result.criteria)[number] | undefined>((best, c) => (!best || c.id.length > best.id.length ? c : best), undefined);
      if (!criterion) return undefined;
      const column = rest === criterion.id ? undefined : rest.slice(criterion.id.length + 1);
      return joinWords(`${partTitle(criterion.part) ?? criterion.part} › ${criterion.label}`, columnLabel(column));
    }
    case "computed": {
      const computedId = path.slice("computed.".length);
      return Object.hasOwn(result.computed, computedId) ? result.computed[computedId]?.label : undefined;
    }
    case "parts":
      return partTitle(id) === undefined ? undefined : joinWords(partTitle(id), columnLabel(key));
    case "total":
    case "totals":
      return joinWords(words.total, columnLabel(id));
    case "completeness":
      return partTitle(id) === undefined ? undefined : joinWords(partTitle(id), words.completeness);
    case "vetoed":
      return words.vetoed;
    case "notApplicable":
      return words.notApplicable;
    default:
      return path.startsWith("findings[") || path === "noFindings" ? words.findings : undefined;
  }
}
