/** English sentences of `cluster-form diff`. */
import type { DiffCatalog } from "./diff.catalog.js";
import type { RuleOwner } from "../diff/types.js";

const show = (value: unknown): string => (value === null || value === undefined ? "none" : JSON.stringify(value));
const pts = (value: number | null): string => (value === null ? "no points" : value === 1 ? "1 point" : `${value} points`);
const owners: Record<RuleOwner["kind"], string> = {
  computed: "computed value",
  applicability: "applicability rule of",
  check: "check",
  criterion: "criterion",
  veto: "veto",
};
/** An owner by its label; by its id only when it has none. */
const owner = (o: RuleOwner): string => `${owners[o.kind]} ${o.label ? `"${o.label}"` : o.id}`;
/** The owner at the start of a sentence. */
const Owner = (o: RuleOwner): string => owner(o).replace(/^./, (first) => first.toUpperCase());
const range = (value: unknown): string => {
  if (typeof value === "object" && value !== null && "min" in value && "max" in value) return `judgement ${String(value.min)}–${String(value.max)}`;
  return typeof value === "number" ? pts(value) : show(value);
};

const textChange = (what: string, from: string | null, to: string | null): string =>
  from === null ? `New ${what}: "${to ?? ""}"` : to === null ? `Removed ${what}: "${from}"` : `The ${what} changed from "${from}" to "${to}".`;
const summaryPlace = (pointer: string): string =>
  pointer === "/title" ? "title" : pointer === "/note" ? "note" : "column label";

export const diffEn: DiffCatalog = {
  header: (from, to) => `${from.id} ${from.version} (${from.year}) → ${to.id} ${to.version} (${to.year})`,
  none: "No differences.",
  formSection: "[Form]",
  partSection: (title, id) => `[${title || id}]`,
  count: (n) => `${n} change(s).`,
  changes: {
    "form.identity": (c) => `The form's ${c.key} changed from ${show(c.from)} to ${show(c.to)}.`,
    "form.totalPoints": (c) => `Total points changed from ${pts(c.from)} to ${pts(c.to)}.`,
    "part.added": (c) => `New part "${c.title}", ${pts(c.points)}.`,
    "part.removed": (c) => `Part "${c.title}" was removed (${pts(c.points)}).`,
    "part.title": (c) => `Part title changed from "${c.from}" to "${c.to}".`,
    "part.points": (c) => `The part is now worth ${pts(c.to)} instead of ${pts(c.from)}.`,
    "criterion.added": (c) =>
      [`New criterion "${c.label}", ${pts(c.points)}.`, ...(c.text ? [`      scoring text: ${c.text}`] : []), ...c.branches.map((b, i) => `      branch ${i + 1}: ${b.text} (${b.condition ? `when "${b.condition.subject}" ${b.condition.op} ${show(b.condition.value)}; ` : ""}${range(b.points)})`)].join("\n"),
    "criterion.removed": (c) => `Criterion "${c.label}" (${pts(c.points)}) was removed.`,
    "criterion.points": (c) => `Criterion "${c.label}" is now worth ${pts(c.to)} instead of ${pts(c.from)}.`,
    "criterion.label": (c) => `Criterion "${c.from}" was renamed "${c.to}".`,
    "criterion.text": (c) => `The scoring text of criterion "${c.label}" changed:\n      before: ${c.from}\n      after:  ${c.to}`,
    "criterion.method": (c) => `Criterion "${c.label}" now scores by "${c.to}" instead of "${c.from}".`,
    "branch.added": (c) => `Criterion "${c.label}" has a new branch ${c.branch}: ${c.text}`,
    "branch.removed": (c) => `Branch ${c.branch} of criterion "${c.label}" was removed: ${c.text}`,
    "branch.points": (c) => `Branch ${c.branch} of criterion "${c.label}" (${c.text}) now gives ${range(c.to)} instead of ${range(c.from)}.`,
    "branch.text": (c) => `The text of branch ${c.branch} of criterion "${c.label}" changed from "${c.from}" to "${c.to}".`,
    "rule.constant": (c) =>
      `In ${owner(c.owner)}, a value${c.subject ? ` compared with "${c.subject}"` : ""}${c.op ? ` (${c.op})` : ""} changed from ${show(c.from)} to ${show(c.to)}.`,
    "rule.perItem": (c) => `In ${owner(c.owner)}, each ${c.subject ? `"${c.subject}"` : "item"} now scores ${show(c.to)} instead of ${show(c.from)}.`,
    "rule.cap": (c) => `${Owner(c.owner)} is now capped at ${show(c.to)} instead of ${show(c.from)}.`,
    "rule.input": (c) => `${Owner(c.owner)} now reads "${c.toLabel}" instead of "${c.fromLabel}".`,
    "rule.changed": (c) => `The rule of ${owner(c.owner)} changed: ${show(c.from)} → ${show(c.to)}.`,
    "rule.added": (c) => `New ${owner(c.owner)}.`,
    "rule.removed": (c) => `${Owner(c.owner)} was removed.`,
    "list.added": (c) => `New list "${c.label}" with columns: ${c.columns.join(", ")}.`,
    "list.removed": (c) => `List "${c.label}" was removed, with columns: ${c.columns.join(", ")}.`,
    "field.added": (c) => (c.list ? `List "${c.list}" has a new column "${c.label}".` : `New field "${c.label}".`),
    "field.removed": (c) => (c.list ? `Column "${c.label}" of list "${c.list}" was removed.` : `Field "${c.label}" was removed.`),
    "field.label": (c) => `Field "${c.from}" was relabelled "${c.to}".`,
    "field.unit": (c) => `The unit of "${c.label}" changed from ${c.from ?? "none"} to ${c.to ?? "none"}.`,
    "field.type": (c) => `"${c.label}" now holds ${c.to} instead of ${c.from}.`,
    "field.choices": (c) =>
      `The choices of "${c.label}" changed${c.added.length ? `; added ${c.added.map(show).join(", ")}` : ""}${c.removed.length ? `; removed ${c.removed.map(show).join(", ")}` : ""}.`,
    note: (c) => textChange(`note ${c.index}`, c.from, c.to),
    "layout.text": (c) => textChange("page text", c.from, c.to),
    "summary.text": (c) => textChange(`summary sheet ${summaryPlace(c.pointer)}`, c.from, c.to),
    other: (c) => `${c.file} changed at ${c.pointer || "/"}: ${show(c.from)} → ${show(c.to)}.`,
  },
};
