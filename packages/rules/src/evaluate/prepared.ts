/** What `createEvaluator` prepares once per form, so that `evaluate` only runs. */
import type {
  CheckDef,
  CriterionDef,
  DataSchema,
  FormPackage,
  ScoreColumnDef,
  ScoringBranch,
  VetoDef,
} from "@cluster-form/schema";
import type { PreparedRule } from "../logic/index.js";
import type { EvaluationLimits } from "../types.js";
import type { ComparisonShape } from "./comparison.js";
import type { CompletenessPlan } from "./completeness-plan.js";
import type { RuleOwner } from "./run-rule.js";

/** How a `var` path of a rule shows in explanations. */
export interface InputInfo {
  readonly path: string;
  readonly pointer: string;
  readonly label: string;
  readonly unit?: string;
  /** The field's schema, for choice labels. */
  readonly schema?: DataSchema;
}

export interface PreparedComputed {
  readonly id: string;
  /** The id split on dots: where the value is stored under `$computed`. */
  readonly segments: readonly string[];
  readonly label: string;
  readonly unit?: string;
  readonly rule: PreparedRule;
  /** Ids of the computed values it reads. */
  readonly dependsOn: readonly string[];
  /** Its id's place among the form's computed ids in definition order, where results list it. */
  readonly index: number;
  /** Who a failure of its rule is reported on. */
  readonly owner: RuleOwner;
}

export interface PreparedApplicability {
  readonly part: string;
  /** Submission pointer of the field (`/data/table8/greenFood`). */
  readonly pointer: string;
  /** `pointer` parsed, for masking the field when it does not apply. */
  readonly segments: readonly string[];
  readonly rule: PreparedRule;
  readonly owner: RuleOwner;
}

export interface PreparedCheck {
  readonly def: CheckDef;
  readonly part: string;
  readonly pointer: string;
  readonly label: string | undefined;
  readonly rule: PreparedRule;
}

export interface PreparedBranch {
  readonly index: number;
  readonly def: ScoringBranch;
  readonly when: PreparedRule | undefined;
  readonly logic: PreparedRule | undefined;
  /** The inputs its `when` and `logic` read, in order. */
  readonly inputs: readonly InputInfo[];
  /** Set when `when` compares one field with a constant, for the explanation. */
  readonly comparison: ComparisonShape | undefined;
  /** The range of a branch that asks for a judgement (`def.judgement` with its bounds made finite). */
  readonly judgement: { readonly min: number; readonly max: number } | undefined;
}

/**
 * The paths a criterion's explanation shows, prepared with the form so that scoring only reads
 * them: every branch's inputs and compared fields, each once, in the order the branches name them.
 */
export interface ExplanationReads {
  readonly paths: readonly string[];
  /** `paths` split on dots. */
  readonly segments: readonly (readonly string[])[];
  /** Per branch, how many of `paths` the branches up to it name: the considered branches (always the first ones) read that many. */
  readonly countUpTo: readonly number[];
}

/** What a score cell needs to know of its criterion: the same in every evaluation, prepared once with the form. */
export interface CellTerms {
  readonly criterionId: string;
  readonly criterionLabel: string;
  readonly part: string;
  /** Whether the criterion lets the scorer replace the rule's score in a `review` column (its `override`). */
  readonly override: boolean;
  /** The criterion's points, 0 when it has none. */
  readonly points: number;
}

export interface PreparedCriterion {
  readonly def: CriterionDef;
  readonly part: string;
  readonly branches: readonly PreparedBranch[];
  /** Submission pointers of its evidence; when all are not applicable, neither is the criterion. */
  readonly evidence: readonly string[];
  /** `/scores/<id>`. */
  readonly pointer: string;
  /** The context paths its rules read, or undefined when one computes its paths at run time. */
  readonly reads: readonly string[] | undefined;
  /** Submission pointers of the data its rules read, directly or through computed values. */
  readonly dataInputs: readonly string[];
  /** Who a failure of its rules is reported on. */
  readonly owner: RuleOwner;
  /** What its score cells need to know of it; `cells.points` holds a computed score (0 when it has none). */
  readonly cells: CellTerms;
  readonly explanationReads: ExplanationReads;
}

export interface PreparedVeto {
  readonly def: VetoDef;
  readonly when: PreparedRule;
  readonly decided: PreparedRule | undefined;
}

export interface PreparedPart {
  readonly id: string;
  /** `/data/<id>`. */
  readonly pointer: string;
  readonly title: string;
  /** The part's points, or the sum of its criteria when the manifest gives none. */
  readonly points: number;
  readonly scoring: boolean;
  readonly criteria: readonly PreparedCriterion[];
  readonly completeness: CompletenessPlan | undefined;
}

export interface PreparedForm {
  readonly pkg: FormPackage;
  readonly limits: EvaluationLimits;
  readonly columns: readonly ScoreColumnDef[];
  readonly parts: readonly PreparedPart[];
  /** Computed values in dependency order, without those in a cycle. */
  readonly computed: readonly PreparedComputed[];
  /** Computed values in a cycle, with the cycle as text. */
  readonly cyclic: readonly { readonly computed: PreparedComputed; readonly cycle: string }[];
  readonly computedById: ReadonlyMap<string, PreparedComputed>;
  /** `computedById`'s values in its order (definition order, one per id), as results list them. */
  readonly computedShown: readonly PreparedComputed[];
  readonly applicability: readonly PreparedApplicability[];
  readonly checks: readonly PreparedCheck[];
  readonly criteria: readonly PreparedCriterion[];
  readonly criterionIds: ReadonlySet<string>;
  readonly vetoes: readonly PreparedVeto[];
}
