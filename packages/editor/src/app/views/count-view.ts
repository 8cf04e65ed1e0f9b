/**
 * A count of listed items: the list, chosen by its label among the lists that have the columns the
 * count's conditions read; "only within their validity period" with the two date columns that make
 * the period; the other conditions an item is counted by, each with its own editor.
 */
import { html, nothing, type TemplateResult } from "lit";
import { countOf, countPeriods, countWithin, countableLists, type RuleShape } from "../../edits/index.js";
import type { Replace, ShapeEditing } from "./shape-editing.js";
import { checkBox, fieldSelect } from "./shape-controls.js";

type ListCount = Extract<RuleShape, { kind: "listCount" }>;

/** The conditions besides the validity period (the period has its own controls). */
function otherConditions(where: RuleShape | undefined): { shape: RuleShape; rebuild: (next: RuleShape) => RuleShape }[] {
  if (!where || where.kind === "validIn") return [];
  if (where.kind !== "all") return [{ shape: where, rebuild: (next) => next }];
  return where.of.flatMap((part, i) =>
    otherConditions(part).map(({ shape, rebuild }) => ({ shape, rebuild: (next: RuleShape): RuleShape => ({ kind: "all", of: where.of.map((p, j) => (j === i ? rebuild(next) : p)) }) })),
  );
}

export function countEditor(editing: ShapeEditing, shape: ListCount, replace: Replace<ListCount>): TemplateResult {
  const { context, names, id } = editing;
  const t = context.text.shape;
  const list = names.name(shape.list);
  const { periods, current } = countPeriods(names, shape);
  const within = current !== undefined;
  const periodId = `${id}-period`;
  const toggle = (on: boolean): void => {
    const first = periods[0];
    if (on && first) replace(countWithin(shape, { from: first.from.path, until: first.until.path }));
    if (!on) replace(countWithin(shape, undefined));
  };
  const pickPeriod = (e: Event): void => {
    const period = periods[(e.target as HTMLSelectElement).selectedIndex];
    if (period) replace(countWithin(shape, { from: period.from.path, until: period.until.path }));
  };
  const others = otherConditions(shape.where);
  return html`<div class="shape list-count">
    ${fieldSelect(context, t.list, `${id}-list`, list, countableLists(names, shape), (path) => replace(countOf(shape, path)))}
    ${checkBox(t.withinPeriod, `${id}-within`, within, toggle, periods.length === 0 && !within)}
    ${within && periods.length > 1
      ? html`<div class="box"><label for=${periodId}>${t.period}</label><select id=${periodId} @change=${pickPeriod}>
          ${periods.map((p) => html`<option ?selected=${p === current}>${t.periodOption(p.from.label, p.until.label)}</option>`)}</select></div>`
      : within && current
        ? html`<p class="muted period">${t.period} ${t.periodOption(current.from.label, current.until.label)}</p>`
        : nothing}
    ${periods.length === 0 ? html`<p class="muted">${t.noPeriod(list.label)}</p>` : nothing}
    ${others.length > 0
      ? html`<fieldset class="shape group"><legend>${t.countedWhen}</legend>
          ${others.map(({ shape: condition, rebuild }, i) => editing.inner(condition, `${id}-w${i}`, (next) => replace({ ...shape, where: rebuild(next) }), shape.list))}</fieldset>`
      : nothing}
  </div>`;
}
