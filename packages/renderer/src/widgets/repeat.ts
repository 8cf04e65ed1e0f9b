/** A repeating-row table: add, remove and reorder rows, and paste rows copied from a spreadsheet. */
import type { RepeatBlock } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { repeat } from "lit/directives/repeat.js";
import { styleMap } from "lit/directives/style-map.js";
import { rowSlots } from "../session/row-ranges.js";
import { coerceText } from "../state/coerce.js";
import { parseTabSeparated } from "../state/tsv.js";
import { cellLabel } from "./cell-label.js";
import { columnTracks } from "./repeat-columns.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";

type Row = Readonly<Record<string, unknown>>;

function rowsOf(ctx: WidgetContext, block: RepeatBlock): readonly Row[] {
  const value = ctx.value(block.field);
  return Array.isArray(value) ? (value as Row[]) : [];
}

function maxRows(ctx: WidgetContext, block: RepeatBlock): number {
  const max = ctx.schema(block.field)?.maxItems;
  return typeof max === "number" ? max : Number.POSITIVE_INFINITY;
}

/** Writes pasted cells into the table from (row, column) on, adding rows as needed, within maxItems. */
export function pasteInto(ctx: WidgetContext, block: RepeatBlock, text: string, rowIndex: number, columnIndex: number): number {
  const cells = parseTabSeparated(text);
  const rows = rowsOf(ctx, block).map((r) => ({ ...r }));
  const limit = maxRows(ctx, block);
  let written = 0;
  cells.forEach((line, r) => {
    const target = rowIndex + r;
    if (target >= limit) return;
    while (rows.length <= target) rows.push({});
    const row = rows[target] as Record<string, unknown>;
    line.forEach((cellText, c) => {
      const column = block.columns[columnIndex + c];
      if (!column) return;
      const value = coerceText(cellText, ctx.schema(`${block.field}/${target}/${column.key}`));
      if (value === undefined) delete row[column.key];
      else row[column.key] = value;
    });
    written++;
  });
  ctx.setValue(block.field, rows);
  ctx.announce(ctx.msg.pasted(written));
  return written;
}

function moveRow(ctx: WidgetContext, block: RepeatBlock, from: number, to: number): void {
  const rows = rowsOf(ctx, block).slice();
  if (to < 0 || to >= rows.length) return;
  const [row] = rows.splice(from, 1);
  if (row === undefined) return;
  rows.splice(to, 0, row);
  ctx.setValue(block.field, rows);
}

function removeRow(ctx: WidgetContext, block: RepeatBlock, index: number): void {
  const rows = rowsOf(ctx, block).filter((_, i) => i !== index);
  ctx.setValue(block.field, rows);
  ctx.announce(ctx.msg.removeRow(index + 1));
}

function addRow(ctx: WidgetContext, block: RepeatBlock): void {
  const rows = rowsOf(ctx, block);
  ctx.setValue(block.field, [...rows, {}]);
  // Take the keyboard user to the new row's first cell once it is drawn.
  const firstKey = block.columns[0]?.key;
  if (firstKey !== undefined) ctx.focusSoon(`${block.field}/${rows.length}/${firstKey}`);
}

function renderRow(block: RepeatBlock, ctx: WidgetContext, labels: readonly string[], i: number, count: number, editable: boolean): TemplateResult {
  return html`<tr role="row" data-row=${i} aria-rowindex=${i + 2}>
    ${block.numbered ? html`<td role="cell" class="serial">${cellLabel(ctx.msg.rowNumber)}${i + 1}</td>` : nothing}
    ${block.columns.map((column, c) => {
      const pointer = `${block.field}/${i}/${column.key}`;
      return html`<td role="cell" class=${ctx.notApplicable(pointer) ? "na" : nothing}>
        ${cellLabel(labels[c] ?? column.key)} ${ctx.control({
          pointer,
          label: `${labels[c] ?? column.key} ${ctx.msg.rowLabel(i + 1)}`,
          editable,
          inTable: true,
          onPasteRows: editable ? (text) => pasteInto(ctx, block, text, i, c) > 0 : undefined,
        })}
        ${ctx.messages(pointer)}
      </td>`;
    })}
    ${editable
      ? html`<td role="cell" class="actions screen-only">
          <button type="button" class="icon" aria-label=${ctx.msg.moveUp(i + 1)} title=${ctx.msg.moveUp(i + 1)} ?disabled=${i === 0} @click=${() => moveRow(ctx, block, i, i - 1)}>↑</button>
          <button type="button" class="icon" aria-label=${ctx.msg.moveDown(i + 1)} title=${ctx.msg.moveDown(i + 1)} ?disabled=${i === count - 1} @click=${() => moveRow(ctx, block, i, i + 1)}>↓</button>
          <button type="button" class="icon danger" aria-label=${ctx.msg.removeRow(i + 1)} title=${ctx.msg.removeRow(i + 1)} @click=${() => removeRow(ctx, block, i)}>×</button>
        </td>`
      : nothing}
  </tr>`;
}

export const repeatWidget: Widget<RepeatBlock> = {
  name: "repeat",
  tester: widgetIs("repeat"),
  render(block, ctx) {
    const rows = rowsOf(ctx, block);
    const editable = ctx.canEdit(block);
    const limit = maxRows(ctx, block);
    const labels = block.columns.map((c) => c.label ?? ctx.label(`${block.field}/0/${c.key}`));
    const blankRows = Math.max(0, (block.minRows ?? 0) - rows.length);
    const headingId = `repeat-${ctx.fieldId(block.field)}`;
    const tracks = columnTracks(block, (key) => ctx.schema(`${block.field}/0/${key}`), editable);
    // A long table draws only the rows near the viewport and the focused one (controllers/row-windows.controller.ts).
    const drawn = ctx.rowWindow(block.field, rows.length);
    // Roles are explicit: on screen the rows are grids (see the styles), which browsers may not expose as a table.
    return html`<div class="block repeat" part="block repeat">
      ${block.title ? html`<h3 class="block-heading" id=${headingId} part="heading">${block.title}</h3>` : nothing}
      <div class="table-scroll">
        <table
          class=${drawn.windowed ? "paper windowed" : "paper"}
          role="table"
          aria-rowcount=${rows.length + 1}
          aria-labelledby=${block.title ? headingId : nothing}
          style=${styleMap({ "--cf-repeat-columns": tracks.template, "--cf-repeat-min-width": tracks.minWidth })}
        >
          <thead role="rowgroup">
            <tr role="row" aria-rowindex="1">
              ${block.numbered ? html`<th role="columnheader" scope="col" class="serial">${ctx.msg.rowNumber}</th>` : nothing}
              ${labels.map((label) => html`<th role="columnheader" scope="col">${label}</th>`)}
              ${editable ? html`<th role="columnheader" scope="col" class="actions screen-only">${ctx.msg.rowActions}</th>` : nothing}
            </tr>
          </thead>
          <tbody role="rowgroup" data-rows-of=${ctx.dataPointer(block.field)}>
            ${repeat(
              rowSlots(drawn.ranges, rows.length),
              // Keyed by row number: the row with focus keeps its inputs while the window moves.
              (slot) => (slot.kind === "row" ? slot.index : `gap ${slot.from}`),
              (slot) =>
                slot.kind === "gap"
                  ? html`<tr class="rows-gap" aria-hidden="true" style=${styleMap({ height: `${slot.rows * drawn.rowHeight}px` })}></tr>`
                  : // A row is drawn again only when its data, its place, or what the result says about it
                    // changes: typing in one row of hundreds redraws that row alone.
                    guard([rows[slot.index], slot.index, rows.length, editable, block, ctx.lang, ctx.digest(`${block.field}/${slot.index}`)], () =>
                      renderRow(block, ctx, labels, slot.index, rows.length, editable),
                    ),
            )}
            ${Array.from({ length: blankRows }, (_, k) => html`<tr class="print-only" aria-hidden="true">
              ${block.numbered ? html`<td class="serial">${rows.length + k + 1}</td>` : nothing}
              ${block.columns.map(() => html`<td>&nbsp;</td>`)}
            </tr>`)}
          </tbody>
        </table>
      </div>
      ${rows.length === 0 ? html`<p class="text note screen-only">${ctx.msg.noRows}</p>` : nothing}
      ${ctx.messages(block.field)}
      ${editable
        ? html`<div class="row-tools screen-only">
            <button type="button" aria-label=${ctx.msg.addRowTo(block.title ?? ctx.part.ref.title)} ?disabled=${rows.length >= limit} @click=${() => addRow(ctx, block)}>
              + ${ctx.msg.addRow}
            </button>
            <span class="hint">${rows.length >= limit ? ctx.msg.rowsFull(limit) : ctx.msg.pasteHint}</span>
          </div>`
        : nothing}
    </div>`;
  },
};
