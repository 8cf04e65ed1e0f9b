/** UI strings of the `export`, `import` and `summarize` commands, in both languages: `excelCliCatalogs[lang]`. */
import type { Catalogs } from "@cluster-form/schema";
import type { ExcelCliCatalog } from "./locales/excel-cli.catalog.js";
import { excelCliEn } from "./locales/excel-cli.en.js";
import { excelCliZh } from "./locales/excel-cli.zh.js";

export type { ExcelCliCatalog } from "./locales/excel-cli.catalog.js";

export const excelCliCatalogs: Catalogs<ExcelCliCatalog> = { zh: excelCliZh, en: excelCliEn };
