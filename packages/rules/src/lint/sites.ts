/** Every JSON-Logic rule of a form with the file and pointer where it is written. */
import type { FormPackage } from "@cluster-form/schema";
import { arrayOf, childPointer, isObject, ownValue } from "../form-json/json.js";
import type { RuleSite } from "./types.js";

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export function collectRuleSites(pkg: FormPackage): RuleSite[] {
  const sites: RuleSite[] = [];
  for (const part of pkg.parts) {
    const file = part.ref.rules;
    const rules: unknown = part.rules;
    if (file === undefined || !isObject(rules)) continue;
    const partId = part.ref.id;
    const add = (kind: RuleSite["kind"], pointer: string, logic: unknown, owner?: string, label?: string): void => {
      if (logic !== undefined) sites.push({ kind, file, pointer, logic, part: partId, owner, label });
    };
    arrayOf(ownValue(rules, "computed")).forEach((def, i) => {
      if (isObject(def)) add("computed", childPointer("", "computed", i, "logic"), ownValue(def, "logic"), text(def.id), text(def.label));
    });
    arrayOf(ownValue(rules, "applicability")).forEach((def, i) => {
      if (isObject(def)) add("applicability", childPointer("", "applicability", i, "when"), ownValue(def, "when"), text(def.field));
    });
    arrayOf(ownValue(rules, "checks")).forEach((def, i) => {
      if (isObject(def)) add("check", childPointer("", "checks", i, "assert"), ownValue(def, "assert"), text(def.id));
    });
    arrayOf(ownValue(rules, "criteria")).forEach((def, i) => {
      if (!isObject(def)) return;
      arrayOf(ownValue(def, "branches")).forEach((branch, j) => {
        if (!isObject(branch)) return;
        add("criterion", childPointer("", "criteria", i, "branches", j, "when"), ownValue(branch, "when"), text(def.id), text(def.label));
        add("criterion", childPointer("", "criteria", i, "branches", j, "logic"), ownValue(branch, "logic"), text(def.id), text(def.label));
      });
    });
    arrayOf(ownValue(rules, "veto")).forEach((def, i) => {
      if (!isObject(def)) return;
      add("veto", childPointer("", "veto", i, "when"), ownValue(def, "when"), text(def.id));
      add("veto", childPointer("", "veto", i, "decided"), ownValue(def, "decided"), text(def.id));
    });
  }
  const sheetFile = pkg.manifest.summarySheet;
  const sheet: unknown = pkg.summarySheet;
  if (sheetFile !== undefined && isObject(sheet)) {
    arrayOf(ownValue(sheet, "columns")).forEach((column, i) => {
      if (!isObject(column)) return;
      const logic = ownValue(column, "value");
      if (logic !== undefined) {
        sites.push({ kind: "summary", file: sheetFile, pointer: childPointer("", "columns", i, "value"), logic, owner: text(column.id), label: text(column.label) });
      }
    });
  }
  return sites;
}
