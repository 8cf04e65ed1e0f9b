/** A form package from its texts, with the project's own loader (the same checks as `lint`). */
import { loadFormFiles, type FormPackage, type LoadOptions } from "@cluster-form/schema";
import type { FormTexts } from "./types.js";

export function loadForm(texts: FormTexts, origin = "memory", options: LoadOptions = {}): Promise<FormPackage> {
  return loadFormFiles({ origin, files: texts }, options);
}
