/**
 * Explanations: the inputs a criterion's considered branches read (label, pointer, unit, value)
 * and one step per branch, e.g. `<label> 45% > 40% → +1`, or `<branch text> → +N` where the
 * condition is not a plain comparison. Phrases come from the locale catalog; labels and branch
 * texts from the form.
 */
import type { Lang, LocalizedMessage } from "@cluster-form/schema";
import { readPath, toPlainJson } from "../logic/index.js";
import { phrase } from "../locales/evaluation.js";
import type { Explanation, ExplanationInput, ExplanationStep } from "../types.js";
import type { Context } from "./context.js";
import { formatValue } from "./labels.js";
import type { InputInfo, PreparedBranch } from "./prepared.js";

/** A branch as it was considered: whether it held and what it gave. */
export interface ConsideredBranch {
  readonly branch: PreparedBranch;
  readonly held: boolean;
  readonly points: number | null;
  readonly judgement?: { readonly min: number; readonly max: number };
}

export type ExplanationSummary =
  | { readonly kind: "computed"; readonly points: number; readonly max: number }
  | { readonly kind: "judgement"; readonly min: number; readonly max: number }
  | { readonly kind: "broken" }
  | { readonly kind: "notApplicable" };

const localized = (build: (lang: Lang) => string): LocalizedMessage => ({ zh: build("zh"), en: build("en") });

const formatPoints = (points: number): string => String(Math.round(points * 10_000) / 10_000);

function outcome(lang: Lang, step: ConsideredBranch): string {
  if (!step.held) return phrase(lang, "explain.notHeld", {});
  if (step.judgement) return phrase(lang, "explain.judgement", step.judgement);
  return phrase(lang, "explain.points", { points: formatPoints(step.points ?? 0) });
}

function conditionText(lang: Lang, branch: PreparedBranch, context: Context): string {
  const shape = branch.comparison;
  if (!shape) return branch.def.text;
  const infoOf = (path: string): InputInfo | undefined => branch.inputs.find((input) => input.path === path);
  const parts = shape.parts.map((part) => {
    const info = infoOf(part.path);
    const value = formatValue(readPath(context, part.path), info, lang);
    const constant = formatValue(part.constant, info, lang);
    return `${info?.label ?? part.path} ${value} ${part.symbol} ${constant}`;
  });
  return parts.join(shape.join === null ? "" : phrase(lang, shape.join === "and" ? "explain.and" : "explain.or", {}));
}

function summaryText(lang: Lang, summary: ExplanationSummary, considered: readonly ConsideredBranch[]): string {
  switch (summary.kind) {
    case "computed": {
      const text = phrase(lang, "summary.computed", { points: formatPoints(summary.points), max: summary.max });
      return considered.some((step) => step.held) ? text : `${phrase(lang, "explain.noBranch", {})}; ${text}`;
    }
    case "judgement":
      return phrase(lang, "summary.judgement", summary);
    case "broken":
      return phrase(lang, "summary.broken", {});
    case "notApplicable":
      return phrase(lang, "summary.notApplicable", {});
  }
}

/** `detailed: false` (batch scoring) gives the summary line only, without inputs and steps. */
export function explain(considered: readonly ConsideredBranch[], context: Context, summary: ExplanationSummary, detailed = true): Explanation {
  const summaryMessage = localized((lang) => summaryText(lang, summary, considered));
  if (!detailed) return { inputs: [], steps: [], summary: summaryMessage };
  const inputs: ExplanationInput[] = [];
  const seen = new Set<string>();
  for (const { branch } of considered) {
    for (const info of branch.inputs) {
      if (seen.has(info.path)) continue;
      seen.add(info.path);
      const value = toPlainJson(readPath(context, info.path) ?? null);
      inputs.push(
        info.unit === undefined
          ? { path: info.path, pointer: info.pointer, label: info.label, value }
          : { path: info.path, pointer: info.pointer, label: info.label, unit: info.unit, value },
      );
    }
  }
  const steps: ExplanationStep[] = considered.map((step) => ({
    branch: step.branch.index,
    held: step.held,
    points: step.held ? step.points : null,
    message: localized((lang) => phrase(lang, "explain.branch", { text: conditionText(lang, step.branch, context), outcome: outcome(lang, step) })),
  }));
  return { inputs, steps, summary: summaryMessage };
}
