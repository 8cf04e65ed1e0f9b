/**
 * The one-vote veto: when a veto's condition holds, the form fails whatever its points (the
 * points are still shown). It is decided once its `decided` condition holds (or at once when
 * it has none); a veto whose rule fails is undecided.
 */
import { truthy } from "../logic/index.js";
import type { VetoResult } from "../types.js";
import type { PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";

export function evaluateVeto(form: PreparedForm, runner: RuleRunner): VetoResult {
  const reasons: { id: string; message: { zh: string; en: string } }[] = [];
  let allDecided = true;
  let vetoedAndDecided = false;
  for (const veto of form.vetoes) {
    const owner = { site: "veto" as const, id: veto.def.id, label: "", pointer: "" };
    const when = runner.run(veto.when, owner);
    const decided = veto.decided ? runner.run(veto.decided, owner) : { ok: true as const, value: true };
    const isDecided = when.ok && decided.ok && truthy(decided.value);
    if (when.ok && truthy(when.value)) {
      reasons.push({ id: veto.def.id, message: { zh: veto.def.reason.zh, en: veto.def.reason.en } });
      if (isDecided) vetoedAndDecided = true;
    }
    if (!isDecided) allDecided = false;
  }
  return { vetoed: reasons.length > 0, decided: allDecided || vetoedAndDecided, reasons };
}
