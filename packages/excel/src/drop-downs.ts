/**
 * Drop-down lists (Excel data validation) on the cells of choice and yes/no fields, so that what
 * people pick in Excel is what import reads back: the choices' titles, or the yes/no words of the catalog.
 */
import type { DataSchema } from "@cluster-form/schema";
import type { DataValidation, Worksheet } from "./exceljs.js";
import { choicesOf, kindOf } from "./field-schema.js";
import type { SheetWords } from "./messages.js";

/** Excel keeps a list typed into the rule (not a range) to 255 characters, separated by commas. */
const MAX_LIST_LENGTH = 255;

/** The drop-down of a field, or none: not a choice, or titles an inline list cannot hold (a comma, a quote, too long). */
export function dropDownOf(schema: DataSchema | undefined, words: SheetWords): DataValidation | undefined {
  const choices = choicesOf(schema);
  const titles = choices.length > 0 ? choices.map((c) => c.title) : kindOf(schema) === "boolean" ? [words.yes, words.no] : [];
  if (titles.length === 0 || titles.some((t) => /[",]/.test(t))) return undefined;
  const list = titles.join(",");
  if (list.length > MAX_LIST_LENGTH) return undefined;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    error: words.chooseFromList,
  };
}

/** Puts the drop-down on rows `from`..`to` of column `column`. */
export function addDropDown(sheet: Worksheet, validation: DataValidation | undefined, column: number, from: number, to = from): void {
  if (!validation) return;
  for (let row = from; row <= to; row++) sheet.getCell(row, column).dataValidation = validation;
}
