/** The editing library's refusals, in Chinese and English (wording in ../locales/edits.*.ts). */
import { translate, type Catalogs, type DefinitionFinding } from "@cluster-form/schema";
import type { EditsCatalog } from "../locales/edits.catalog.js";
import { editsEn } from "../locales/edits.en.js";
import { editsZh } from "../locales/edits.zh.js";

const editsCatalogs: Catalogs<EditsCatalog> = { zh: editsZh, en: editsEn };

/** A finding at a file and pointer, for an operation that cannot be done as asked. */
export function refusalFinding(code: string, file: string, pointer: string, pick: (catalog: EditsCatalog) => string): DefinitionFinding {
  return { code, severity: "error", location: { file, line: 1, column: 1, pointer }, message: translate(editsCatalogs, pick) };
}
