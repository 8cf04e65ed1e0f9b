/** Words the Excel import/export writes into sheets and the reasons it gives for problems, in both languages. */
import { langOf, translate, type Catalogs, type LocalizedMessage } from "@cluster-form/schema";
import type { ExcelCatalog, ProblemCode, ProblemParamsMap, SheetWords } from "./locales/excel.catalog.js";
import { excelEn } from "./locales/excel.en.js";
import { excelZh } from "./locales/excel.zh.js";

export type { ExcelCatalog, ProblemCatalog, ProblemCode, ProblemParamsMap, SheetWords } from "./locales/excel.catalog.js";

export const excelCatalogs: Catalogs<ExcelCatalog> = { zh: excelZh, en: excelEn };

export function problemMessage<K extends ProblemCode>(code: K, params: ProblemParamsMap[K]): LocalizedMessage {
  return translate(excelCatalogs, (catalog) => {
    const say: (p: ProblemParamsMap[K]) => string = catalog.problems[code];
    return say(params);
  });
}

/** The words of the form's working language (its manifest `locale`): Chinese for `zh…`, else English. */
export function sheetWords(locale: string): SheetWords {
  return excelCatalogs[langOf(locale, "en")].words;
}
