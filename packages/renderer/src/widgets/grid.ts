/** A fixed table as on paper: row headers × column headers; each cell is a field or a computed value. */
import { lastSegment, ownValue, type GridBlock } from "@cluster-form/schema";
import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { blockTitle } from "./block-title.js";
import { cellLabel } from "./cell-label.js";
import { formatValue } from "./format.js";
import { minWidthOf, trackFor, type Track } from "./repeat-columns.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";

type Column = GridBlock["columns"][number];
type Row = GridBlock["rows"][number];

/** The row headers' column. */
const ROW_HEADERS: Track = { min: 8, grow: 0 };

/**
 * The width below which a grid with inputs scrolls sideways rather than squeeze its columns: the
 * row headers' and each column's, sized from its schema as a repeating table's are (a computed
 * column as a number).
 */
function minWidth(block: GridBlock, ctx: WidgetContext): string {
  const first = block.rows[0];
  const columns = block.columns.map((column) => trackFor(column.computed || !first ? { type: "number" } : ctx.schema(`${first.field}/${column.key}`)));
  return minWidthOf([ROW_HEADERS, ...columns]);
}

function columnLabel(block: GridBlock, column: Column, ctx: WidgetContext): string {
  if (column.label) return column.label;
  if (column.computed) return column.computed;
  const first = block.rows[0];
  return first ? ctx.label(`${first.field}/${column.key}`) : column.key;
}

const computedIds = new WeakMap<Row, Map<string, string>>();

/** The id of a computed column's value in a row (`{row}` is the row's field name), worked out once: the grid reads it on every update. */
function computedId(computed: string, row: Row): string {
  let ids = computedIds.get(row);
  if (!ids) computedIds.set(row, (ids = new Map()));
  let id = ids.get(computed);
  if (id === undefined) ids.set(computed, (id = computed.replaceAll("{row}", lastSegment(row.field))));
  return id;
}

/** The computed value of a computed column in a row: an own key of the result only (a row named `constructor` reads nothing inherited). */
const computedIn = (ctx: WidgetContext, computed: string, row: Row) => (ctx.result ? ownValue(ctx.result.computed, computedId(computed, row)) : undefined);

function cell(block: GridBlock, row: Row, column: Column, ctx: WidgetContext, rowLabel: string, colLabel: string) {
  if (column.computed) {
    const computed = computedIn(ctx, column.computed, row);
    return html`<td class="computed num" part="cell computed">${cellLabel(colLabel)}<output aria-label=${`${rowLabel} ${colLabel}`}>${formatValue(computed?.value, computed?.unit)}</output></td>`;
  }
  const pointer = `${row.field}/${column.key}`;
  const na = ctx.notApplicable(pointer) || ctx.notApplicable(row.field);
  return html`<td class=${na ? "na" : nothing} part="cell">
    ${cellLabel(colLabel)} ${ctx.control({ pointer, label: `${rowLabel} ${colLabel}`, editable: ctx.canEdit(block), inTable: true })}
    ${ctx.messages(pointer)}
  </td>`;
}

export const gridWidget: Widget<GridBlock> = {
  name: "grid",
  tester: widgetIs("grid"),
  dependsOn(block, ctx) {
    return block.columns.flatMap((column) => {
      const { computed } = column;
      return computed ? block.rows.map((row) => computedIn(ctx, computed, row)?.value) : [];
    });
  },
  render(block, ctx) {
    const colLabels = block.columns.map((c) => columnLabel(block, c, ctx));
    // A grid with inputs has columns of equal width (see the .fixed-columns rules); one of computed
    // values only keeps columns sized to their content, its row headers wide.
    const inputs = block.columns.some((column) => !column.computed);
    const headingId = block.id ? `grid-${ctx.part.ref.id}-${block.id}` : undefined;
    return html`<div class="block grid" part="block grid">
      ${blockTitle(block, headingId)}
      <div class="table-scroll">
        <table
          class=${inputs ? "paper fixed-columns" : "paper"}
          style=${inputs ? styleMap({ "--cf-grid-min-width": minWidth(block, ctx) }) : nothing}
          aria-labelledby=${headingId && block.title ? headingId : nothing}
        >
          <thead>
            <tr>
              <th scope="col" class="corner">${block.corner ?? ""}</th>
              ${colLabels.map((label) => html`<th scope="col">${label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${block.rows.map((row) => {
              const rowLabel = ctx.label(row.field, row.label);
              return html`<tr>
                <th scope="row">${rowLabel}</th>
                ${block.columns.map((column, i) => cell(block, row, column, ctx, rowLabel, colLabels[i] ?? column.key))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </div>`;
  },
};
