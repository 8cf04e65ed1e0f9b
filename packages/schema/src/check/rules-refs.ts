/**
 * A part's rules file against the manifest and the data schema: its part, unique ids, field pointers.
 * What the JSON-Logic itself says (var paths, operations, cycles, points) is the rules lint's job.
 */
import { message } from "../locales/all.js";
import type { LoadedPart } from "../types.js";
import type { CheckContext } from "./context.js";
import { pathOf } from "./context.js";
import { requireField } from "./fields.js";
import type { IdRegistry } from "./ids.js";

export interface RuleIdRegistries {
  readonly computed: IdRegistry;
  readonly checks: IdRegistry;
  readonly criteria: IdRegistry;
  readonly veto: IdRegistry;
}

export function checkRulesRefs(context: CheckContext, part: LoadedPart, ids: RuleIdRegistries): void {
  const { rules } = part;
  const file = pathOf(part.ref.rules);
  if (!rules || !context.valid.has(file)) return;
  if (rules.part !== part.ref.id) {
    context.report("part-mismatch", file, "/part", message("partMismatch", { found: rules.part, expected: part.ref.id }));
  }
  const field = (pointer: string, value: string): void => void requireField(context, "rules-unknown-field", part, file, pointer, value);
  rules.computed?.forEach((c, i) => ids.computed.add(c.id, file, `/computed/${i}/id`));
  rules.applicability?.forEach((a, i) => field(`/applicability/${i}/field`, a.field));
  rules.checks?.forEach((c, i) => {
    ids.checks.add(c.id, file, `/checks/${i}/id`);
    field(`/checks/${i}/field`, c.field);
  });
  rules.criteria?.forEach((c, i) => {
    ids.criteria.add(c.id, file, `/criteria/${i}/id`);
    c.evidence?.forEach((pointer, j) => field(`/criteria/${i}/evidence/${j}`, pointer));
  });
  rules.veto?.forEach((v, i) => ids.veto.add(v.id, file, `/veto/${i}/id`));
}
