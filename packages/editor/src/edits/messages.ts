/** The editing library's refusals, in Chinese and English (wording in ../locales/edits.*.ts). */
import type { DefinitionFinding, LocalizedMessage } from "@cluster-form/schema";
import { editsEn } from "../locales/edits.en.js";
import { editsZh, type EditsCatalog } from "../locales/edits.zh.js";

export function editMessage(pick: (catalog: EditsCatalog) => string): LocalizedMessage {
  return { zh: pick(editsZh), en: pick(editsEn) };
}

/** A finding at a file and pointer, for an operation that cannot be done as asked. */
export function refusalFinding(code: string, file: string, pointer: string, pick: (catalog: EditsCatalog) => string): DefinitionFinding {
  return { code, severity: "error", location: { file, line: 1, column: 1, pointer }, message: editMessage(pick) };
}
