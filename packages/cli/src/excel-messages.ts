/** UI strings of the `export`, `import` and `summarize` commands. Wording in ../locales/excel-cli.zh.ts and ../locales/excel-cli.en.ts. */
import type { CommandHelp, Lang } from "./types.js";
import { excelCliEn } from "./locales/excel-cli.en.js";
import { excelCliZh } from "./locales/excel-cli.zh.js";

export interface ExcelCliCatalog {
  readonly commands: { readonly export: CommandHelp; readonly import: CommandHelp; readonly summarize: CommandHelp };
  wrote(file: string, bytes: number): string;
  problems(count: number): string;
  /** Before a row skipped on purpose (a total row): not a problem. */
  readonly notePrefix: string;
  badRowsTarget(value: string): string;
  noSummarySheet(form: string): string;
  badParameter(given: string, declared: readonly string[]): string;
  summarized(rows: number, invalid: number, files: readonly string[]): string;
  readonly seeInvalid: string;
  problemAt(sheet: string, row: number, cell?: string): string;
}

const catalogs: Record<Lang, ExcelCliCatalog> = { zh: excelCliZh, en: excelCliEn };

export const excelCliText = (lang: Lang): ExcelCliCatalog => catalogs[lang];
