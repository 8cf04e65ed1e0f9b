/** A form package from its texts, with the project's own loader (the same checks as `lint`). */
import { loadFormFiles, type FormPackage } from "@cluster-form/schema";
import type { FormTexts } from "./types.js";

export function loadForm(texts: FormTexts, origin = "memory"): Promise<FormPackage> {
  return loadFormFiles({ origin, files: texts });
}
