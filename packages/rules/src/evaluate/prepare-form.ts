/**
 * Everything `evaluate` needs, prepared once per form: each rule pre-checked, the computed
 * values ordered, labels of inputs and fields looked up, completeness plans built.
 */
import { fieldSchemaAt, formatPointer, type FormPackage, type Lang, langOf, parsePointer, type ScoringBranch } from "@cluster-form/schema";
import { prepareRule, resolveLimits, type PreparedRule } from "../logic/index.js";
import type { EvaluationLimits } from "../types.js";
import { comparisonShape } from "./comparison.js";
import { objectPlan } from "./completeness-plan.js";
import { computedDependencies, orderComputed } from "./computed-order.js";
import { explanationReads } from "./explain.js";
import { createInputLabeller } from "./labels.js";
import type {
  InputInfo,
  PreparedApplicability,
  PreparedBranch,
  PreparedCheck,
  PreparedComputed,
  PreparedCriterion,
  PreparedForm,
  PreparedPart,
  PreparedVeto,
} from "./prepared.js";

/** A part-relative pointer (`/rdToolsRate`, or `` for the whole part) as a submission pointer. */
export function submissionPointer(part: string, field: string): string {
  let segments: string[];
  try {
    segments = parsePointer(field);
  } catch {
    segments = [field];
  }
  return formatPointer(["data", part, ...segments]);
}

/** A judgement branch's range, with bounds made finite (no minimum: 0; no maximum: the minimum). */
function judgementRange({ judgement }: ScoringBranch): PreparedBranch["judgement"] {
  if (!judgement) return undefined;
  const min = Number.isFinite(judgement.min) ? judgement.min : 0;
  return { min, max: Number.isFinite(judgement.max) ? judgement.max : min };
}

/** The language of the form's own labels, for phrases joined with them. */
export const formLang = (pkg: FormPackage): Lang => langOf(pkg.manifest.locale);

export function prepareForm(pkg: FormPackage, limitsOption?: Partial<EvaluationLimits>): PreparedForm {
  const limits = resolveLimits(limitsOption);
  const prepare = (rule: unknown): PreparedRule => prepareRule(rule, limits);
  const rulesFiles = pkg.parts.flatMap((part) => (part.rules ? [{ part: part.ref.id, rules: part.rules }] : []));

  const computedDefs = rulesFiles.flatMap(({ rules }) => rules.computed ?? []);
  const computedIds = computedDefs.map((def) => def.id);
  // Ids in definition order, each once (a repeated id, which lint reports, shares its first place).
  const computedPlaces = [...new Set(computedIds)];
  const computedList: PreparedComputed[] = computedDefs.map((def) => {
    const rule = prepare(def.logic);
    return {
      id: def.id,
      segments: def.id.split("."),
      label: def.label,
      ...(def.unit === undefined ? {} : { unit: def.unit }),
      rule,
      dependsOn: computedDependencies(rule.analysis.reads, computedIds),
      index: computedPlaces.indexOf(def.id),
      owner: { site: "computed", id: def.id, label: def.label, pointer: "" },
    };
  });
  const { order, cyclic } = orderComputed(computedList);
  const labelInput = createInputLabeller(pkg, computedList, formLang(pkg));
  const inputsOf = (...rules: (PreparedRule | undefined)[]): InputInfo[] => {
    const paths = new Set(rules.flatMap((rule) => rule?.analysis.reads ?? []));
    return [...paths].map(labelInput);
  };
  const computedById = new Map(computedList.map((c) => [c.id, c]));
  /** The data pointers behind context paths, through computed values (each followed once). */
  const dataPointersOf = (paths: readonly string[], seen = new Set<string>()): string[] =>
    paths.flatMap((path) => {
      if (seen.has(path)) return [];
      seen.add(path);
      if (!path.startsWith("$computed.")) {
        const { pointer } = labelInput(path);
        return pointer === "" ? [] : [pointer];
      }
      const id = path.slice("$computed.".length);
      const computed = computedById.get(id) ?? [...computedById.values()].find((c) => id.startsWith(`${c.id}.`));
      return computed ? dataPointersOf(computed.rule.analysis.reads, seen) : [];
    });
  const fieldLabel = (pointer: string): string | undefined => {
    const title = fieldSchemaAt(pkg, pointer)?.title;
    return typeof title === "string" ? title : undefined;
  };

  const applicability: PreparedApplicability[] = rulesFiles.flatMap(({ part, rules }) =>
    (rules.applicability ?? []).map((def) => {
      const pointer = submissionPointer(part, def.field);
      const owner = { site: "applicability", id: pointer, label: "", pointer, part } as const;
      return { part, pointer, segments: parsePointer(pointer), rule: prepare(def.when), owner };
    }),
  );

  const checks: PreparedCheck[] = rulesFiles.flatMap(({ part, rules }) =>
    (rules.checks ?? []).map((def) => {
      const pointer = submissionPointer(part, def.field);
      return { def, part, pointer, label: fieldLabel(pointer), rule: prepare(def.assert) };
    }),
  );

  const criteriaByPart = new Map<string, PreparedCriterion[]>();
  for (const { part, rules } of rulesFiles) {
    const list = (rules.criteria ?? []).map((def): PreparedCriterion => {
      const branches = (Array.isArray(def.branches) ? def.branches : []).map((branch, index): PreparedBranch => {
        const when = branch.when === undefined ? undefined : prepare(branch.when);
        const logic = branch.logic === undefined ? undefined : prepare(branch.logic);
        return { index, def: branch, when, logic, inputs: inputsOf(when, logic), comparison: comparisonShape(branch.when), judgement: judgementRange(branch) };
      });
      const paths = branches.flatMap(({ when, logic }) => [...(when?.analysis.reads ?? []), ...(logic?.analysis.reads ?? [])]);
      const pointer = formatPointer(["scores", def.id]);
      return {
        def,
        part,
        branches,
        dataInputs: [...new Set(dataPointersOf(paths))],
        evidence: (def.evidence ?? []).map((field) => submissionPointer(part, field)),
        pointer,
        owner: { site: "criterion", id: def.id, label: def.label, pointer, part, criterion: def.id },
        explanationReads: explanationReads(branches),
        cells: { criterionId: def.id, criterionLabel: def.label, part, override: def.override === true, points: Number.isFinite(def.points) && def.points > 0 ? def.points : 0 },
        reads: branches.some(({ when, logic }) => when?.analysis.dynamicReads || logic?.analysis.dynamicReads)
          ? undefined
          : [...new Set(branches.flatMap((branch) => branch.inputs.map((input) => input.path)))],
      };
    });
    criteriaByPart.set(part, list);
  }

  const parts: PreparedPart[] = pkg.parts.map((part) => {
    const criteria = criteriaByPart.get(part.ref.id) ?? [];
    const criteriaPoints = criteria.reduce((sum, c) => sum + (Number.isFinite(c.def.points) ? c.def.points : 0), 0);
    return {
      id: part.ref.id,
      pointer: formatPointer(["data", part.ref.id]),
      title: part.ref.title,
      points: typeof part.ref.points === "number" ? part.ref.points : criteriaPoints,
      scoring: typeof part.ref.points === "number" || criteria.length > 0,
      criteria,
      completeness: part.schema ? objectPlan(part.schema, undefined) : undefined,
    };
  });
  const criteria = parts.flatMap((part) => part.criteria);

  const vetoes: PreparedVeto[] = rulesFiles.flatMap(({ rules }) =>
    (rules.veto ?? []).map((def) => ({ def, when: prepare(def.when), decided: def.decided === undefined ? undefined : prepare(def.decided) })),
  );

  return {
    pkg,
    limits,
    columns: pkg.manifest.scoreColumns,
    parts,
    computed: order,
    cyclic,
    computedById,
    computedShown: [...computedById.values()],
    applicability,
    checks,
    criteria,
    criterionIds: new Set(criteria.map((c) => c.def.id)),
    vetoes,
  };
}
