import type { FormPackage } from "@cluster-form/schema";
import type { AddColumnArgs, EditResult, FormTexts } from "../types.js";

export function addColumn(texts: FormTexts, pkg: FormPackage, args: AddColumnArgs): EditResult {
  throw new Error(`not yet: ${pkg.origin} ${Object.keys(texts).length} ${JSON.stringify(args)}`);
}
