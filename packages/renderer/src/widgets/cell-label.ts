/**
 * A table cell's column name, shown in the cell only when the table is laid out as cards on a
 * phone (see ../styles/screen-fit.styles.ts). Screen readers already have the column header.
 */
import { html, type TemplateResult } from "lit";

export const cellLabel = (text: string): TemplateResult => html`<span class="cell-label" aria-hidden="true">${text}</span>`;
