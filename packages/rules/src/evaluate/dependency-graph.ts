/**
 * Which submission pointers each rule and each criterion of a form depends on, worked out once
 * when the form is prepared: the data its rules read, directly or through the computed values
 * they read (followed transitively), and for a criterion also its typed scores, their written reasons and its evidence.
 * A change then touches only what depends on a pointer on the changed path or below it.
 */
import { parsePointer } from "@cluster-form/schema";
import type { PreparedRule } from "../logic/index.js";
import { computedDependencies } from "./computed-order.js";
import type { InputInfo, PreparedCriterion, PreparedForm } from "./prepared.js";

/** What a rule or criterion depends on: pointers split into segments, or everything (`dynamic`). */
interface Inputs {
  readonly pointers: readonly (readonly string[])[];
  readonly dynamic: boolean;
}

export interface DependencyGraph {
  /** What a change at these submission pointers (`/data/table2/enterprises/3/sales`, `/scores/t5.a`) may alter. */
  touched(changed: readonly string[]): Touched;
}

export interface Touched {
  rule(rule: PreparedRule): boolean;
  criterion(criterion: PreparedCriterion): boolean;
}

/** One of two pointers lies on the other's path: a change at either can alter what is at the other. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export function buildDependencyGraph(form: PreparedForm, labelInput: (path: string) => InputInfo): DependencyGraph {
  const computedIds = [...form.computedById.keys()];
  const ofComputed = new Map<string, Inputs>();

  /** The inputs behind context paths, through computed values (a computed value in a cycle is always null: nothing). */
  const inputsOfReads = (reads: readonly string[], dynamic: boolean, visiting: Set<string>): Inputs => {
    const pointers: (readonly string[])[] = [];
    let isDynamic = dynamic;
    for (const path of reads) {
      const { pointer } = labelInput(path);
      if (pointer !== "") pointers.push(parsePointer(pointer));
    }
    for (const id of computedDependencies(reads, computedIds)) {
      const inputs = inputsOfComputed(id, visiting);
      pointers.push(...inputs.pointers);
      isDynamic ||= inputs.dynamic;
    }
    return { pointers, dynamic: isDynamic };
  };

  const inputsOfComputed = (id: string, visiting: Set<string>): Inputs => {
    const known = ofComputed.get(id);
    if (known) return known;
    const computed = form.computedById.get(id);
    if (!computed || visiting.has(id)) return { pointers: [], dynamic: false };
    visiting.add(id);
    const inputs = inputsOfReads(computed.rule.analysis.reads, computed.rule.analysis.dynamicReads, visiting);
    visiting.delete(id);
    ofComputed.set(id, inputs);
    return inputs;
  };

  const ofRule = new Map<PreparedRule, Inputs>();
  const ruleInputs = (rule: PreparedRule): Inputs => {
    let inputs = ofRule.get(rule);
    if (!inputs) {
      inputs = inputsOfReads(rule.analysis.reads, rule.analysis.dynamicReads, new Set());
      ofRule.set(rule, inputs);
    }
    return inputs;
  };

  const everyRule = [
    ...form.computed.map((c) => c.rule),
    ...form.applicability.map((a) => a.rule),
    ...form.checks.map((c) => c.rule),
    ...form.criteria.flatMap((c) => c.branches.flatMap((b) => [b.when, b.logic])),
    ...form.vetoes.flatMap((v) => [v.when, v.decided]),
  ];
  for (const rule of everyRule) if (rule) ruleInputs(rule);

  const ofCriterion = new Map<PreparedCriterion, Inputs>();
  for (const criterion of form.criteria) {
    const rules = criterion.branches.flatMap((b) => [b.when, b.logic]).filter((rule): rule is PreparedRule => rule !== undefined);
    const inputs = rules.map(ruleInputs);
    ofCriterion.set(criterion, {
      // The reason written for a changed score decides whether a review column counts it.
      pointers: [...inputs.flatMap((i) => i.pointers), parsePointer(criterion.pointer), ["reasons", criterion.def.id], ...criterion.evidence.map(parsePointer)],
      dynamic: criterion.reads === undefined || inputs.some((i) => i.dynamic),
    });
  }

  return {
    touched(changed) {
      const paths = changed.map(parsePointer);
      const hit = (inputs: Inputs | undefined): boolean =>
        !inputs || inputs.dynamic || inputs.pointers.some((pointer) => paths.some((path) => overlaps(pointer, path)));
      return {
        rule: (rule) => hit(ofRule.get(rule)),
        criterion: (criterion) => hit(ofCriterion.get(criterion)),
      };
    },
  };
}
