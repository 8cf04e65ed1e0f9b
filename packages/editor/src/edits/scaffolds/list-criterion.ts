import type { FormPackage } from "@cluster-form/schema";
import type { ListCriterionArgs, EditResult, FormTexts } from "../types.js";

export function addListCriterion(texts: FormTexts, pkg: FormPackage, args: ListCriterionArgs): EditResult {
  throw new Error(`not yet: ${pkg.origin} ${Object.keys(texts).length} ${JSON.stringify(args)}`);
}
