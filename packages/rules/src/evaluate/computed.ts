/** Computed values, in dependency order; those in a cycle are left blank with a finding. */
import { keyedRecord, type DataFinding } from "@cluster-form/schema";
import { MAX_VALUE_NODES, snapshotValue, toPlainJson } from "../logic/index.js";
import { say } from "../locales/evaluation.js";
import type { ComputedValue } from "../types.js";
import { setComputed, type Context } from "./context.js";
import type { PreparedComputed, PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";

const entry = (computed: PreparedComputed, value: unknown): ComputedValue =>
  computed.unit === undefined ? { value, label: computed.label } : { value, label: computed.label, unit: computed.unit };

/**
 * The stored copy of each computed value, by the value its rule gave: a rule whose value was
 * remembered (./rule-memo.ts) gets the same copy as before, so the rules reading it see no change.
 */
export type Snapshots = WeakMap<object, unknown>;

function snapshotOf(value: unknown, snapshots: Snapshots | undefined): unknown {
  if (typeof value !== "object" || value === null || !snapshots) return snapshotValue(value);
  if (snapshots.has(value)) return snapshots.get(value);
  const snapshot = snapshotValue(value);
  snapshots.set(value, snapshot);
  return snapshot;
}

export function evaluateComputed(
  form: PreparedForm,
  context: Context,
  runner: RuleRunner,
  findings: DataFinding[],
  snapshots?: Snapshots,
): Record<string, ComputedValue> {
  // By definition index: results list computed values in definition order, whatever the order of evaluation.
  const shown = form.computedShown;
  const values: (ComputedValue | undefined)[] = new Array<ComputedValue | undefined>(shown.length);
  for (const { computed, cycle } of form.cyclic) {
    findings.push({
      code: "computed.cycle",
      severity: "error",
      pointer: "",
      label: computed.label,
      message: say("finding.computedCycle", { label: computed.label, cycle }),
    });
    values[computed.index] = entry(computed, null);
  }
  for (const computed of form.computed) {
    const outcome = runner.run(computed.rule, computed.owner);
    let value = outcome.ok ? snapshotOf(outcome.value, snapshots) : null;
    if (value === undefined) {
      findings.push({
        code: "computed.tooLarge",
        severity: "error",
        pointer: "",
        label: computed.label,
        message: say("finding.computedTooLarge", { label: computed.label, max: MAX_VALUE_NODES }),
      });
      value = null;
    }
    setComputed(context, computed.segments, value);
    values[computed.index] = entry(computed, toPlainJson(value));
  }
  const result = keyedRecord<ComputedValue>();
  for (let i = 0; i < shown.length; i += 1) {
    const computed = shown[i] as PreparedComputed;
    const value = values[computed.index];
    if (value) result[computed.id] = value;
  }
  return result;
}
