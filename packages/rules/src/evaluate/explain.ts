/**
 * Explanations: the inputs a criterion's considered branches read (label, pointer, unit, value)
 * and one step per branch, e.g. `<label> 45% > 40% → +1`, or `<branch text> → +N` where the
 * condition is not a plain comparison. Phrases come from the locale catalog; labels and branch
 * texts from the form.
 */
import type { Lang, LocalizedMessage } from "@cluster-form/schema";
import { dottedPathSegments, readSegments, toPlainJson } from "../logic/index.js";
import { phrase } from "../locales/evaluation.js";
import type { Explanation, ExplanationInput, ExplanationStep } from "../types.js";
import type { Context } from "./context.js";
import { formatValue } from "./labels.js";
import type { ExplanationReads, InputInfo, PreparedBranch, PreparedCriterion } from "./prepared.js";

/**
 * What the considered branches gave, in branch order (they are always the criterion's first
 * branches): `false` for one that did not hold, the points of one that held, `null` for a held
 * judgement (its range is the branch's). Noted per criterion per evaluation, so a flat list.
 */
export type BranchOutcomes = (number | null | false)[];

/** A branch as it was considered: whether it held and what it gave. */
interface ConsideredBranch {
  readonly branch: PreparedBranch;
  readonly held: boolean;
  readonly points: number | null;
  readonly judgement?: { readonly min: number; readonly max: number } | undefined;
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

function conditionText(lang: Lang, branch: PreparedBranch, read: ReadValues): string {
  const shape = branch.comparison;
  if (!shape) return branch.def.text;
  const infoOf = (path: string): InputInfo | undefined => branch.inputs.find((input) => input.path === path);
  const parts = shape.parts.map((part) => {
    const info = infoOf(part.path);
    const value = formatValue(readingAt(read, part.path), info, lang);
    const constant = formatValue(part.constant, info, lang);
    return `${info?.label ?? part.path} ${value} ${part.symbol} ${constant}`;
  });
  return parts.join(shape.join === null ? "" : phrase(lang, shape.join === "and" ? "explain.and" : "explain.or", {}));
}

function summaryText(lang: Lang, summary: ExplanationSummary, anyHeld: boolean): string {
  switch (summary.kind) {
    case "computed": {
      const text = phrase(lang, "summary.computed", { points: formatPoints(summary.points), max: summary.max });
      return anyHeld ? text : `${phrase(lang, "explain.noBranch", {})}; ${text}`;
    }
    case "judgement":
      return phrase(lang, "summary.judgement", summary);
    case "broken":
      return phrase(lang, "summary.broken", {});
    case "notApplicable":
      return phrase(lang, "summary.notApplicable", {});
  }
}

/** The values an explanation shows, as the evaluation read them: those of the first of its criterion's `ExplanationReads.paths`. */
export type Readings = readonly unknown[];

/** Readings with the paths they were read at. */
interface ReadValues {
  readonly paths: readonly string[];
  readonly readings: Readings;
}

/** The value read at `path`, undefined when it was not read or missing. */
function readingAt({ paths, readings }: ReadValues, path: string): unknown {
  const index = paths.indexOf(path);
  return index < 0 ? undefined : readings[index];
}

/** The paths the branches' explanations read (their inputs, then their compared fields), each once, prepared with the form. */
export function explanationReads(branches: readonly PreparedBranch[]): ExplanationReads {
  const paths: string[] = [];
  const countUpTo: number[] = [];
  const note = (path: string): void => {
    if (!paths.includes(path)) paths.push(path);
  };
  for (const branch of branches) {
    for (const info of branch.inputs) note(info.path);
    if (branch.comparison) for (const part of branch.comparison.parts) note(part.path);
    countUpTo.push(paths.length);
  }
  return { paths, segments: paths.map(dottedPathSegments), countUpTo };
}

/**
 * The values the considered branches read, taken when the criterion is scored: its explanation is
 * built later, when first read, and shows them as they were even if the caller changes the
 * submission in place meanwhile (a list or object read is shown as it is when the explanation is built).
 */
export function readingsOf(reads: ExplanationReads, considered: number, context: Context): Readings {
  const count = considered === 0 ? 0 : (reads.countUpTo[considered - 1] ?? 0);
  const readings: unknown[] = [];
  for (let i = 0; i < count; i += 1) readings.push(readSegments(context, reads.segments[i] as readonly string[]));
  return readings;
}

/**
 * The summary alone, the explanation of batch scoring, by what it says: a form gives few distinct
 * ones (its points and maxima), and batch scoring gives one per criterion per submission. Shared
 * and frozen; bounded, since points a rule computes can be any number.
 */
const summaries = new Map<string, Explanation>();
const MAX_SUMMARIES = 1000;
const NOTHING_SHOWN: readonly never[] = Object.freeze([]);

/** The summary line alone, for batch scoring (`explain: false`): shared by every result that says the same. */
export function summaryOnly(anyHeld: boolean, summary: ExplanationSummary): Explanation {
  const key =
    summary.kind === "computed"
      ? `c${summary.points}/${summary.max}/${anyHeld ? 1 : 0}`
      : summary.kind === "judgement"
        ? `j${summary.min}/${summary.max}`
        : summary.kind;
  let explanation = summaries.get(key);
  if (!explanation) {
    if (summaries.size >= MAX_SUMMARIES) summaries.clear();
    explanation = Object.freeze({ inputs: NOTHING_SHOWN, steps: NOTHING_SHOWN, summary: Object.freeze(localized((lang) => summaryText(lang, summary, anyHeld))) });
    summaries.set(key, explanation);
  }
  return explanation;
}

/** The considered branches of `criterion` from what they gave. */
const consideredOf = (criterion: PreparedCriterion, outcomes: BranchOutcomes): ConsideredBranch[] =>
  outcomes.map((outcome, index) => {
    const branch = criterion.branches[index] as PreparedBranch;
    return { branch, held: outcome !== false, points: typeof outcome === "number" ? outcome : null, judgement: outcome === null ? branch.judgement : undefined };
  });

/** The explanation of the considered branches: their inputs, one step each, and the summary line. */
/** `anyHeld`: whether a branch held, which the caller already knows from running them. */
export function explain(criterion: PreparedCriterion, outcomes: BranchOutcomes, readings: Readings, summary: ExplanationSummary, anyHeld: boolean): Explanation {
  const considered = consideredOf(criterion, outcomes);
  const read: ReadValues = { paths: criterion.explanationReads.paths, readings };
  const inputs: ExplanationInput[] = [];
  const seen = new Set<string>();
  for (const { branch } of considered) {
    for (const info of branch.inputs) {
      if (seen.has(info.path)) continue;
      seen.add(info.path);
      const value = toPlainJson(readingAt(read, info.path) ?? null);
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
    message: localized((lang) => phrase(lang, "explain.branch", { text: conditionText(lang, step.branch, read), outcome: outcome(lang, step) })),
  }));
  return { inputs, steps, summary: summaryOnly(anyHeld, summary).summary };
}
