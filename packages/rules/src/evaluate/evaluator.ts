/**
 * `createEvaluator(pkg)` prepares a form once; `evaluate(submission)` runs it and returns one
 * plain JSON result (see ../types.ts and docs/form-format.md). The steps, in order:
 * applicability → computed values → checks → criteria → subtotals and totals
 * → veto → completeness, with the schema findings first.
 */
import { assertFormIds, isRecord, isRefusal, keyedRecord, parsePointer, type DataFinding, type FormPackage, type SubmissionValidator } from "@cluster-form/schema";
import { resolveLimits } from "../logic/index.js";
import { say } from "../locales/evaluation.js";
import type { EvaluateOptions, EvaluationLimits, EvaluationResult } from "../types.js";
import { evaluateApplicability, isWithin } from "./applicability.js";
import { evaluateChecks } from "./checks.js";
import { evaluateCompleteness, createKeptCompleteness, type KeptCompleteness } from "./completeness.js";
import { withRoleScores } from "./score-completeness.js";
import { evaluateComputed, type Snapshots } from "./computed.js";
import { buildContext, formConstants, maskPointers } from "./context.js";
import { freshViews, keptViews } from "./part-views.js";
import { createCriterionMemo, scoreEveryTime } from "./criterion-memo.js";
import { blockedCriterion } from "./criteria.js";
import { capFindings } from "./caps.js";
import { formLang, prepareForm } from "./prepare-form.js";
import type { PreparedForm } from "./prepared.js";
import { createRuleMemo, NO_MEMO } from "./rule-memo.js";
import { buildDependencyGraph } from "./dependency-graph.js";
import { createInputLabeller } from "./labels.js";
import { differing, tracingRunner, tracingScorer, type Reuse, type Trace } from "./trace.js";
import { invalidValues } from "./invalid-values.js";
import { createRuleRunner } from "./run-rule.js";
import { readTypedScores, unknownScoreFindings } from "./scores.js";
import { grandTotals, partTotals } from "./totals.js";
import { keptSchemaFindings } from "./validation.js";
import { evaluateVeto } from "./veto.js";

export interface EvaluatorOptions {
  /** Schema validation of submissions; defaults to @cluster-form/schema's `createSubmissionValidator`. */
  readonly validator?: SubmissionValidator;
  /** Limits against hostile rules and data; `maxWork` can also be set per evaluation. */
  readonly limits?: Partial<EvaluationLimits>;
  /**
   * Reuse the previous evaluation's work for data that is the same objects as last time: sizes
   * measured by rules, rule results and criterion results whose inputs did not change, each
   * part's completeness, and (with the default validator) the schema errors of unchanged parts
   * and table rows. Results then share the objects of what did not change with earlier results:
   * never change a result in place. Only for callers that never change a submission in place
   * once evaluated, but replace the objects along a changed path (as `<cluster-form>` does); a
   * change made in place would go unseen. Off by default.
   */
  readonly incremental?: boolean;
}

export interface Evaluator {
  evaluate(submission: unknown, options?: EvaluateOptions): EvaluationResult;
  /**
   * The result of `evaluate(submission, options)`, worked out from `previous` (a result this
   * evaluator gave) by re-running only the rules and criteria that `changed` touches: the
   * submission pointers (`/data/table2/enterprises/3/sales`, `/scores/t5.a/self`) under which
   * `submission` differs from the one `previous` was given for. Which rules read what is known from
   * the form (the dependency graph built with the evaluator). Schema validation and completeness
   * run as in `evaluate`. Falls back to a full evaluation when `previous` is not this evaluator's
   * latest kind of result (an evaluator made without `incremental`, other options or a refused
   * submission).
   */
  update(previous: EvaluationResult, submission: unknown, changed: readonly string[], options?: EvaluateOptions): EvaluationResult;
}


/**
 * The evaluator of `pkg` validating with `validator`. It brings no schema compiler along (a browser
 * bundle built on it carries none); `createEvaluator` (./create.ts) makes one by default. Throws
 * `FormDefinitionError` for a package whose ids are off their pattern, as the loader refuses it.
 */
export function createEvaluatorWith(pkg: FormPackage, validator: SubmissionValidator, options: Omit<EvaluatorOptions, "validator"> = {}): Evaluator {
  // A package made without the loader has not had its ids checked: they become keys of the results.
  assertFormIds(pkg);
  const form = prepareForm(pkg, options.limits);
  const incremental = options.incremental === true;
  const lang = formLang(pkg);
  const constants = formConstants(pkg);
  const views = incremental ? keptViews() : freshViews();
  const memo = incremental ? createRuleMemo() : NO_MEMO;
  const scoreCriterion = incremental ? createCriterionMemo() : scoreEveryTime;
  const snapshots: Snapshots | undefined = incremental ? new WeakMap() : undefined;
  const keptCompleteness: KeptCompleteness | undefined = incremental ? createKeptCompleteness() : undefined;

  // Only an incremental evaluator keeps what each evaluation did, for `update`.
  const graph = incremental ? buildDependencyGraph(form, createInputLabeller(pkg, form.computedShown, lang)) : undefined;
  const traces = new WeakMap<EvaluationResult, Trace>();

  /** One evaluation; with `reuse`, what the change does not touch is taken from the previous one. */
  const run = (submission: unknown, evaluateOptions: EvaluateOptions, offered: (Reuse & { readonly changed: readonly string[] }) | undefined): EvaluationResult => {
    const mode = evaluateOptions.mode === "final" ? "final" : "draft";
    // Validation first: a submission larger than the form can hold is refused before any per-row work.
    const validation = validator.validate(submission, mode);
    if (validation.some(isRefusal)) return refusedResult(form, validation, evaluateOptions.explain !== false);
    const maxWork = resolveLimits({ ...form.limits, ...evaluateOptions.limits }).maxWork;
    const explain = evaluateOptions.explain !== false;
    const data = isRecord(submission) ? submission.data : undefined;
    views.begin();
    const context = buildContext(pkg, data, views, constants);
    const settings = [maxWork, mode, evaluateOptions.role, explain];
    // Other settings change every outcome: then nothing is reused.
    const reuse = offered && settings.every((setting, i) => Object.is(setting, offered.previous.settings[i])) ? offered : undefined;
    // A value that fails its schema is read as blank by every rule (it earns nothing).
    const invalid = invalidValues(validation);
    maskPointers(context, [...invalid.keys()].map(parsePointer), views);
    const ruleFindings: DataFinding[] = [];
    const trace: Trace | undefined = graph ? { settings, notApplicable: [], invalid: [...invalid.keys()], rules: new Map(), criteria: new Map() } : undefined;
    if (reuse && graph && trace) reuse.touched = graph.touched([...reuse.changed, ...differing(trace.invalid, reuse.previous.invalid)]);
    const plainRunner = createRuleRunner(context, maxWork, ruleFindings, reuse ? NO_MEMO : memo);
    const runner = trace ? tracingRunner(plainRunner, ruleFindings, trace, reuse) : plainRunner;

    const notApplicable = evaluateApplicability(form, context, runner, views);
    if (reuse && graph && trace) {
      // Fields that start or stop applying change what the rules after this read.
      const moved = differing(notApplicable, reuse.previous.notApplicable);
      if (moved.length > 0) reuse.touched = graph.touched([...reuse.changed, ...differing(trace.invalid, reuse.previous.invalid), ...moved]);
    }
    const computed = evaluateComputed(form, context, runner, ruleFindings, snapshots);
    evaluateChecks(form, runner, notApplicable, ruleFindings);
    const scores = readTypedScores(submission);
    const criterionRun = { form, context, runner, scores, notApplicable, invalid, findings: ruleFindings, explain };
    const budget = [maxWork];
    const score = trace ? tracingScorer(reuse ? scoreEveryTime : scoreCriterion, trace, reuse) : scoreCriterion;
    const criteria = form.criteria.map((criterion) => score(criterion, criterionRun, budget));
    ruleFindings.push(...unknownScoreFindings(scores, form.criterionIds));
    const parts = partTotals(form, criteria);
    const total = grandTotals(form, parts);
    const veto = evaluateVeto(form, runner);
    const fieldsComplete = evaluateCompleteness(form, context, notApplicable, lang, keptCompleteness);
    const completeness =
      mode === "final" && evaluateOptions.role !== undefined ? withRoleScores(fieldsComplete, criteria, pkg.manifest.scoreColumns, evaluateOptions.role, lang) : fieldsComplete;

    const schemaFindings = keptSchemaFindings(validation, notApplicable, ruleFindings, isWithin);
    const blankFindings = mode === "final" ? requiredBlankFindings(completeness.parts, schemaFindings) : [];
    const findings = capFindings([...schemaFindings, ...blankFindings, ...ruleFindings], form);

    const result: EvaluationResult = {
      form: { id: pkg.manifest.id, version: pkg.manifest.version },
      valid: !findings.some((finding) => finding.severity === "error"),
      computed,
      notApplicable,
      findings,
      criteria,
      parts,
      total,
      maxTotal: pkg.manifest.totalPoints,
      veto,
      completeness,
    };
    if (trace) traces.set(result, { ...trace, notApplicable });
    return result;
  };

  return {
    evaluate: (submission, evaluateOptions = {}) => run(submission, evaluateOptions, undefined),
    update(previous, submission, changed, evaluateOptions = {}) {
      const trace = traces.get(previous);
      if (!graph || !trace) return run(submission, evaluateOptions, undefined);
      return run(submission, evaluateOptions, { previous: trace, touched: graph.touched(changed), changed });
    },
  };
}

/**
 * The result for a refused submission: the refusal as its findings, no criterion scored, nothing
 * computed. Its size is the form's (one blocked entry per criterion), whatever the input held.
 */
function refusedResult(form: PreparedForm, refusal: readonly DataFinding[], explain: boolean): EvaluationResult {
  const { pkg } = form;
  const run = { form, scores: readTypedScores(undefined), findings: [], context: Object.create(null) as Record<string, unknown>, explain };
  const criteria = form.criteria.map((criterion) => blockedCriterion(criterion, run, "invalid", { kind: "broken" }));
  const parts = partTotals(form, criteria);
  return {
    form: { id: pkg.manifest.id, version: pkg.manifest.version },
    valid: false,
    computed: keyedRecord(),
    notApplicable: [],
    findings: refusal.filter(isRefusal),
    criteria,
    parts,
    total: grandTotals(form, parts),
    maxTotal: pkg.manifest.totalPoints,
    veto: { vetoed: false, decided: false, reasons: [] },
    completeness: { percent: 0, parts: [] },
  };
}

/** In a final submission every blank required field is an error, unless schema validation already said so. */
function requiredBlankFindings(
  parts: EvaluationResult["completeness"]["parts"],
  schemaFindings: readonly DataFinding[],
): DataFinding[] {
  const reported = new Set(schemaFindings.map((finding) => finding.pointer));
  return parts.flatMap((part) =>
    part.blanks
      .filter((blank) => !reported.has(blank.pointer))
      .map((blank) => ({
        code: "required",
        severity: "error" as const,
        pointer: blank.pointer,
        label: blank.label,
        message: say("finding.requiredBlank", { label: blank.label }),
        part: part.part,
      })),
  );
}
