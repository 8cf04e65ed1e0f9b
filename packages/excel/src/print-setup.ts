/** Page setup of a printed sheet (the summary sheet's `print` declaration, a part's sheet), in exceljs's terms. */
import type { SummarySheetPrint } from "@cluster-form/schema";
import type { AddWorksheetOptions, PageSetup } from "./exceljs.js";

/** Excel's paper size codes (ECMA-376 ST_PaperSize). */
const PAPER_SIZES: Readonly<Record<NonNullable<SummarySheetPrint["paperSize"]>, number>> = { A4: 9, A3: 8 };

/** Margins in inches: narrow, so that a wide table keeps a readable scale. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

export function sheetPrintOptions(print: SummarySheetPrint | undefined, headerRows: number, footer: string): Partial<AddWorksheetOptions> {
  if (!print) return {};
  const pageSetup: Partial<PageSetup> = {
    paperSize: PAPER_SIZES[print.paperSize ?? "A4"] as PageSetup["paperSize"],
    orientation: print.orientation ?? "portrait",
    margins: MARGINS,
    horizontalCentered: true,
    // fitToHeight 0: as many pages high as the rows need, one page wide.
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(print.repeatHeader && headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
  };
  return { pageSetup, headerFooter: { oddFooter: `&C${footer}` } };
}
