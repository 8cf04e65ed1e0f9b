/**
 * The evaluation result: one plain, JSON-serialisable object. The renderer, the CLI and
 * services read only this; nothing in it refers to a particular form.
 */
import type { DataFinding, LocalizedMessage } from "@cluster-form/schema";

/**
 * `computed`: the rule's score counts. In a `review` column a rule's score is `pending` (a proposal
 * until a scorer reviews it), `confirmed` (the scorer accepted the rule's score) or `overridden`
 * (another score, with its `reason`).
 */
export type ScoreStatus = "computed" | "entered" | "missing" | "invalid" | "notApplicable" | "pending" | "confirmed" | "overridden";

/** One score column (self / expert) of one criterion. */
export interface ScoreCell {
  /** The score that counts: computed (pending review or not), confirmed, overridden, or typed and within range; null when missing or invalid. */
  readonly value: number | null;
  readonly status: ScoreStatus;
  /** What the scorer typed, kept even when invalid. */
  readonly entered?: unknown;
  /** The written reason of an `overridden` score (the submission's `reasons`). */
  readonly reason?: string;
}

/** A value the criterion reads that fails its schema: it earns nothing. */
export interface InvalidInput {
  readonly pointer: string;
  readonly label: string;
}

/** An input a criterion or computed value read. */
export interface ExplanationInput {
  /** The rule's `var` path (`table5.rdToolsRate`). */
  readonly path: string;
  /** JSON pointer into the submission (`/data/table5/rdToolsRate`). */
  readonly pointer: string;
  readonly label: string;
  readonly unit?: string;
  readonly value: unknown;
}

/** One step of an explanation, e.g. `<label> 45% > 40% → +1`. */
export interface ExplanationStep {
  readonly branch: number;
  readonly held: boolean;
  readonly points: number | null;
  readonly message: LocalizedMessage;
}

export interface Explanation {
  readonly inputs: readonly ExplanationInput[];
  readonly steps: readonly ExplanationStep[];
  /** One line that sums it up. */
  readonly summary: LocalizedMessage;
}

export interface CriterionResult {
  readonly id: string;
  readonly part: string;
  readonly label: string;
  readonly group?: string;
  readonly points: number;
  readonly text: string;
  /** The score the rule computes; null when the branch that fired asks for judgement, or on error. */
  readonly computed: number | null;
  /** The branch that decided (method `first`), or null. */
  readonly branch: number | null;
  /** The range of a judgement, when the criterion asks for one. */
  readonly range: { readonly min: number; readonly max: number } | null;
  readonly scores: Readonly<Record<string, ScoreCell>>;
  readonly explanation: Explanation;
  /** Values it reads that fail their schema, read as blank (they earn nothing); absent when none. */
  readonly invalidInputs?: readonly InvalidInput[];
}

export interface ColumnTotal {
  /** Sum of the counted scores, capped at `max`; null when nothing is scored yet. */
  readonly value: number | null;
  /** Number of criteria whose score is not counted in this column: missing or invalid. */
  readonly missing: number;
  /**
   * Rule-computed scores counted in `value` but awaiting the scorer's review (status `pending`):
   * while above 0 the total is the rules' proposal, not a reviewed total.
   */
  readonly pending: number;
  /** Of `missing`, the scores given but not counted (status `invalid`: a typed score out of its range). */
  readonly invalid: number;
  /** Criteria counted with values that fail their schema left out (`invalidInputs`). */
  readonly invalidInputs: number;
  readonly capped: boolean;
}

export interface PartResult {
  readonly part: string;
  readonly title: string;
  readonly points: number;
  readonly columns: Readonly<Record<string, ColumnTotal>>;
}

export interface BlankField {
  readonly pointer: string;
  readonly label: string;
}

export interface PartCompleteness {
  readonly part: string;
  readonly title: string;
  readonly required: number;
  readonly filled: number;
  /** 0–100, rounded down; 100 only when nothing is blank. */
  readonly percent: number;
  /** The first blank required fields (at most 1,000 a part); `required - filled` counts them all. */
  readonly blanks: readonly BlankField[];
  /** How many blanks are not listed in `blanks`, when some are not. */
  readonly moreBlanks?: number;
}

export interface VetoResult {
  readonly vetoed: boolean;
  /** False while the question that decides it is unanswered. */
  readonly decided: boolean;
  readonly reasons: readonly { readonly id: string; readonly message: LocalizedMessage }[];
}

export interface ComputedValue {
  readonly value: unknown;
  readonly label: string;
  readonly unit?: string;
}

export interface EvaluationResult {
  readonly form: { readonly id: string; readonly version: string };
  /** No finding of severity `error`. */
  readonly valid: boolean;
  readonly computed: Readonly<Record<string, ComputedValue>>;
  /** Pointers (into the submission) of fields and rows that do not apply. */
  readonly notApplicable: readonly string[];
  readonly findings: readonly DataFinding[];
  readonly criteria: readonly CriterionResult[];
  readonly parts: readonly PartResult[];
  readonly total: Readonly<Record<string, ColumnTotal>> ;
  readonly maxTotal: number;
  readonly veto: VetoResult;
  readonly completeness: { readonly percent: number; readonly parts: readonly PartCompleteness[] };
}

export interface EvaluateOptions {
  /** `final` reports blank required fields as errors; `draft` (default) only lists them in completeness. */
  readonly mode?: "draft" | "final";
  /**
   * The role whose submission this is (`applicant`). In `final` mode the judgement scores it must
   * type (the score columns it may edit) count in completeness, and a blank one is an error.
   */
  readonly role?: string;
  /**
   * Limits against hostile input. Only `maxWork` can change per evaluation; depth and size of
   * rules are checked once, with the limits given to `createEvaluator`.
   */
  readonly limits?: Partial<EvaluationLimits>;
  /**
   * `false` leaves each criterion's explanation with its summary line only (no inputs, no
   * steps): for batch scoring, where nobody reads them. Default true.
   */
  readonly explain?: boolean;
}

export interface EvaluationLimits {
  /** Deepest nesting of a rule. */
  readonly maxRuleDepth: number;
  /** Most nodes in one rule. */
  readonly maxRuleNodes: number;
  /** Budget of node visits × rows for one evaluation of one rule. */
  readonly maxWork: number;
}
