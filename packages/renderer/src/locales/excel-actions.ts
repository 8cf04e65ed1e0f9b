/** Words of `<cluster-form-excel>` in the language of the element's `lang`. */
import { langOf, type Catalogs } from "@cluster-form/schema";
import type { ExcelActionMessages } from "./excel-actions.catalog.js";
import { en } from "./excel-actions.en.js";
import { zhCN } from "./excel-actions.zh.js";

export type { ExcelActionMessages } from "./excel-actions.catalog.js";

export const excelActionCatalogs: Catalogs<ExcelActionMessages> = { zh: zhCN, en };

export function excelActionMessages(lang: string): ExcelActionMessages {
  return excelActionCatalogs[langOf(lang)];
}
