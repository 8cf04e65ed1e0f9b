/**
 * Which fields apply. Conditions read the data and `$form` (computed values are worked out
 * afterwards, from the fields that apply). A field that does not apply is removed from the
 * context, so no rule scores it, and it is neither required nor checked.
 */
import { truthy } from "../logic/index.js";
import { maskPointers, type Context } from "./context.js";
import type { PartViews } from "./part-views.js";
import type { PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";

export function evaluateApplicability(form: PreparedForm, context: Context, runner: RuleRunner, views: PartViews): string[] {
  const notApplicable: string[] = [];
  const masked: (readonly string[])[] = [];
  for (const item of form.applicability) {
    const outcome = runner.run(item.rule, item.owner);
    // A broken condition is reported and the field stays applicable: nothing is dropped silently.
    if (outcome.ok && !truthy(outcome.value)) {
      notApplicable.push(item.pointer);
      masked.push(item.segments);
    }
  }
  maskPointers(context, masked, views);
  return notApplicable;
}

/** True when `pointer` is one of `prefixes` or lies inside one. */
export function isWithin(pointer: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) {
    if (pointer.startsWith(prefix) && (pointer.length === prefix.length || pointer.charCodeAt(prefix.length) === 47 /* "/" */)) return true;
  }
  return false;
}
