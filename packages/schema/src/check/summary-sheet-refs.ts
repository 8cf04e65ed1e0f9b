/** The summary sheet: unique column ids, sort keys that name columns. */
import { message } from "../locales/all.js";
import type { CheckContext } from "./context.js";
import { pathOf } from "./context.js";
import { idRegistry } from "./ids.js";

export function checkSummarySheetRefs(context: CheckContext): void {
  const sheet = context.pkg.summarySheet;
  const file = pathOf(context.pkg.manifest.summarySheet);
  if (!sheet || !context.valid.has(file)) return;
  const columns = idRegistry(context, "column");
  sheet.columns.forEach((column, i) => columns.add(column.id, file, `/columns/${i}/id`));
  sheet.sortBy?.forEach((id, i) => {
    if (!columns.has(id)) context.report("summary-unknown-column", file, `/sortBy/${i}`, message("sheetColumnUnknown", { id }));
  });
}
