/**
 * exceljs is an optional peer dependency of @cluster-form/rules, so that pages and programs that
 * never touch a workbook do not install it. The commands that read or write one load it through
 * withExceljs: when it is missing they say what to install instead of printing a stack trace.
 */
import { excelCliText } from "../excel/cli-messages.js";
import { UserError } from "./errors.js";
import type { Lang } from "./types.js";

const isExceljsMissing = (error: unknown): boolean =>
  error instanceof Error && "code" in error && error.code === "ERR_MODULE_NOT_FOUND" && error.message.includes("'exceljs'");

/** `load()` (a dynamic import of a module that imports exceljs), or a UserError naming the package to install. */
export async function withExceljs<T>(load: () => Promise<T>, lang: Lang): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isExceljsMissing(error)) throw new UserError(excelCliText(lang).needsExceljs);
    throw error;
  }
}
