/** UI strings of the `export`, `import` and `summarize` commands. The wording is in ./excel-cli.zh.ts and ./excel-cli.en.ts, which import only this file and the command's types. */
import type { CommandHelp } from "../types.js";

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
