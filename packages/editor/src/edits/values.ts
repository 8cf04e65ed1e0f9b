import type { FormPackage, JsonLogic } from "@cluster-form/schema";
import type { EditResult, FormTexts, Site, ThresholdChange } from "./types.js";

/** Set one label, text, number or choice at a site (a minimal edit of that value's text). */
export function setValue(texts: FormTexts, site: Site, value: JsonLogic): EditResult {
  throw new Error(`not yet: ${site.file} ${String(value)} ${Object.keys(texts).length}`);
}

/** Change the number a rule compares with; proposes the matching change of the scoring texts' numbers. */
export function setThreshold(texts: FormTexts, pkg: FormPackage, site: Site, value: number): ThresholdChange {
  throw new Error(`not yet: ${site.file} ${value} ${pkg.origin} ${Object.keys(texts).length}`);
}
