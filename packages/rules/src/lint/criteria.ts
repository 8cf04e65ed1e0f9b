/** Walking the criteria of every rules file with the file and pointer of each. */
import type { FormPackage } from "@cluster-form/schema";
import { arrayOf, childPointer, isObject, ownValue, type JsonObject } from "../form-json/json.js";

export interface CriterionSite {
  readonly criterion: JsonObject;
  readonly file: string;
  readonly pointer: string;
  /** For people: `label [id]`. */
  readonly describe: string;
  readonly branches: readonly unknown[];
}

export function collectCriteria(pkg: FormPackage): CriterionSite[] {
  const found: CriterionSite[] = [];
  for (const part of pkg.parts) {
    const file = part.ref.rules;
    if (file === undefined || !isObject(part.rules)) continue;
    arrayOf(ownValue(part.rules, "criteria")).forEach((criterion, i) => {
      if (!isObject(criterion)) return;
      const id = typeof criterion.id === "string" ? criterion.id : `#${i + 1}`;
      const label = typeof criterion.label === "string" ? criterion.label : "";
      found.push({
        criterion,
        file,
        pointer: childPointer("", "criteria", i),
        describe: label ? `${label} [${id}]` : id,
        branches: arrayOf(ownValue(criterion, "branches")),
      });
    });
  }
  return found;
}
