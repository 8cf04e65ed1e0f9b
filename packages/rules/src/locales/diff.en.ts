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
const owner = (o: RuleOwner): string => `${owners[o.kind]} ${o.id}${o.label ? ` "${o.label}"` : ""}`;
const range = (value: unknown): string => {
  if (typeof value === "object" && value !== null && "min" in value && "max" in value) return `judgement ${String(value.min)}–${String(value.max)}`;
  return typeof value === "number" ? pts(value) : show(value);
};

const textChange = (what: string, from: string | null, to: string | null): string =>
  from === null ? `New ${what}: "${to ?? ""}"` : to === null ? `Removed ${what}: "${from}"` : `The ${what} changed from "${from}" to "${to}".`;
const summaryPlace = (pointer: string): string =>
  pointer === "/title" ? "title" : pointer === "/note" ? "note" : `label of column ${pointer.split("/")[2] ?? ""}`;

export const diffEn: DiffCatalog = {
  header: (from, to) => `${from.id} ${from.version} (${from.year}) → ${to.id} ${to.version} (${to.year})`,
  none: "No differences.",
  formSection: "[Form]",
  partSection: (title, id) => `[${title} (${id})]`,
  count: (n) => `${n} change(s).`,
  changes: {
    "form.identity": (c) => `The form's ${c.key} changed from ${show(c.from)} to ${show(c.to)}.`,
    "form.totalPoints": (c) => `Total points changed from ${pts(c.from)} to ${pts(c.to)}.`,
    "part.added": (c) => `New part "${c.title}" (${c.part}), ${pts(c.points)}.`,
    "part.removed": (c) => `Part "${c.title}" (${c.part}) was removed (${pts(c.points)}).`,
    "part.title": (c) => `Part title changed from "${c.from}" to "${c.to}".`,
    "part.points": (c) => `The part is now worth ${pts(c.to)} instead of ${pts(c.from)}.`,
    "criterion.added": (c) =>
      [`New criterion ${c.id} "${c.label}", ${pts(c.points)}.`, ...(c.text ? [`      scoring text: ${c.text}`] : []), ...c.branches.map((b, i) => `      branch ${i + 1}: ${b.text} (${b.condition ? `when "${b.condition.subject}" ${b.condition.op} ${show(b.condition.value)}; ` : ""}${range(b.points)})`)].join("\n"),
    "criterion.removed": (c) => `Criterion ${c.id} "${c.label}" (${pts(c.points)}) was removed.`,
    "criterion.points": (c) => `Criterion ${c.id} "${c.label}" is now worth ${pts(c.to)} instead of ${pts(c.from)}.`,
    "criterion.label": (c) => `Criterion ${c.id} was renamed from "${c.from}" to "${c.to}".`,
    "criterion.text": (c) => `The scoring text of criterion ${c.id} "${c.label}" changed:\n      before: ${c.from}\n      after:  ${c.to}`,
    "criterion.method": (c) => `Criterion ${c.id} "${c.label}" now scores by "${c.to}" instead of "${c.from}".`,
    "branch.added": (c) => `Criterion ${c.id} "${c.label}" has a new branch ${c.branch}: ${c.text}`,
    "branch.removed": (c) => `Branch ${c.branch} of criterion ${c.id} "${c.label}" was removed: ${c.text}`,
    "branch.points": (c) => `Branch ${c.branch} of criterion ${c.id} "${c.label}" (${c.text}) now gives ${range(c.to)} instead of ${range(c.from)}.`,
    "branch.text": (c) => `The text of branch ${c.branch} of criterion ${c.id} changed from "${c.from}" to "${c.to}".`,
    "rule.constant": (c) =>
      `In ${owner(c.owner)}, a value${c.subject ? ` compared with "${c.subject}"` : ""}${c.op ? ` (${c.op})` : ""} changed from ${show(c.from)} to ${show(c.to)}.`,
    "rule.perItem": (c) => `In ${owner(c.owner)}, each ${c.subject ? `"${c.subject}"` : "item"} now scores ${show(c.to)} instead of ${show(c.from)}.`,
    "rule.cap": (c) => `${owner(c.owner)} is now capped at ${show(c.to)} instead of ${show(c.from)}.`,
    "rule.input": (c) => `${owner(c.owner)} now reads "${c.to}" instead of "${c.from}".`,
    "rule.changed": (c) => `The rule of ${owner(c.owner)} changed at ${c.pointer}: ${show(c.from)} → ${show(c.to)}.`,
    "rule.added": (c) => `New ${owner(c.owner)}.`,
    "rule.removed": (c) => `${owner(c.owner)} was removed.`,
    "list.added": (c) => `New list "${c.label}" (${c.pointer}) with columns: ${c.columns.join(", ")}.`,
    "list.removed": (c) => `List "${c.label}" (${c.pointer}) was removed, with columns: ${c.columns.join(", ")}.`,
    "field.added": (c) => (c.list ? `List "${c.list}" has a new column "${c.label}" (${c.pointer}).` : `New field "${c.label}" (${c.pointer}).`),
    "field.removed": (c) => (c.list ? `Column "${c.label}" (${c.pointer}) of list "${c.list}" was removed.` : `Field "${c.label}" (${c.pointer}) was removed.`),
    "field.label": (c) => `Field ${c.pointer} was relabelled from "${c.from}" to "${c.to}".`,
    "field.unit": (c) => `The unit of "${c.label}" (${c.pointer}) changed from ${c.from ?? "none"} to ${c.to ?? "none"}.`,
    "field.type": (c) => `"${c.label}" (${c.pointer}) now holds ${c.to} instead of ${c.from}.`,
    "field.choices": (c) =>
      `The choices of "${c.label}" (${c.pointer}) changed${c.added.length ? `; added ${c.added.map(show).join(", ")}` : ""}${c.removed.length ? `; removed ${c.removed.map(show).join(", ")}` : ""}.`,
      note: (c) => textChange(`note ${c.index}`, c.from, c.to),
    "layout.text": (c) => textChange(`page text (${c.pointer})`, c.from, c.to),
    "summary.text": (c) => textChange(`summary sheet ${summaryPlace(c.pointer)}`, c.from, c.to),
    other: (c) => `${c.file} changed at ${c.pointer || "/"}: ${show(c.from)} → ${show(c.to)}.`,
  },
};
