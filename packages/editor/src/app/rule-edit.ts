/** The rule (or any value) written at a site in the current texts. Changed shapes are written by the editing library's `writeShape`. */
import { parsePointer, valueAt } from "@cluster-form/schema";
import { parsedFile } from "../edits/text-edits.js";
import type { FormTexts, Site } from "../edits/types.js";

export function ruleAt(texts: FormTexts, site: Site): unknown {
  return valueAt(parsedFile(texts, site.file), parsePointer(site.pointer));
}
