/**
 * A scoring text whose numbers no longer agree with its rule: the rule compares with 50 while the
 * text still says 40%. Warned when a number the rule compares with appears nowhere in the text AND
 * the text states a number of the same kind (a percentage, an amount, a count) that appears nowhere
 * in the rule. Points and years are not compared; see docs/cli.md for what this cannot catch.
 */
import type { FormPackage } from "@cluster-form/schema";
import { operationOf, type RuleAnalyzer, type Scope } from "../analyzer.js";
import { collectCriteria } from "../criteria.js";
import { arrayOf, childPointer, isFiniteNumber, isObject, ownValue } from "../../form-json/json.js";
import { lintMessage } from "../messages.js";
import { kindOfUnit, numbersInText, sameQuantity, type QuantityKind, type TextNumber } from "../numbers-in-text.js";
import type { LintCheckDefinition, RuleSite } from "../types.js";
import { walkRule } from "../walk.js";
import { comparisonOf } from "../signatures.js";

const MAX_DEPTH = 200;

interface Threshold {
  readonly value: number;
  /** What the compared value measures, when its field or computed value says. */
  readonly kind?: QuantityKind;
}

/** The `unit` of every computed value, by id. */
function computedUnits(pkg: FormPackage): Map<string, string> {
  const units = new Map<string, string>();
  for (const part of pkg.parts) {
    const rules: unknown = part.rules;
    if (!isObject(rules)) continue;
    for (const def of arrayOf(ownValue(rules, "computed"))) {
      if (isObject(def) && typeof def.id === "string" && typeof def.unit === "string") units.set(def.id, def.unit);
    }
  }
  return units;
}

function kindOfOperand(node: unknown, scope: Scope, analyzer: RuleAnalyzer, units: ReadonlyMap<string, string>): QuantityKind | undefined {
  const operation = operationOf(node);
  if (!operation) return undefined;
  if (operation.op === "count") return "count";
  const path = operation.args[0];
  if (operation.op === "var" && typeof path === "string" && path.startsWith("$computed.")) {
    const id = analyzer.computedIdOf(path.slice("$computed.".length));
    const entry = id === undefined ? undefined : analyzer.computed.get(id);
    if (id === undefined || !entry) return undefined;
    return kindOfUnit(units.get(id)) ?? (operationOf(entry.logic)?.op === "count" ? "count" : undefined);
  }
  const unit = analyzer.infer(node, scope).schema?.unit;
  return kindOfUnit(typeof unit === "string" ? unit : undefined);
}

/** The numbers a rule compares with (0 says only "any", so it is left out). */
function thresholds(sites: readonly RuleSite[], analyzer: RuleAnalyzer, units: ReadonlyMap<string, string>): Threshold[] {
  const found: Threshold[] = [];
  for (const site of sites) {
    walkRule(site, analyzer, {
      operation({ op, args, scope }) {
        if (!comparisonOf(op)) return;
        const compared = args.find((arg) => !isFiniteNumber(arg));
        for (const arg of args) {
          if (isFiniteNumber(arg) && arg !== 0) found.push({ value: arg, kind: kindOfOperand(compared, scope, analyzer, units) });
        }
      },
    });
  }
  return found;
}

/** Every number written anywhere in the rules (caps, multipliers, var defaults too). */
function numbersInRules(sites: readonly RuleSite[]): number[] {
  const found: number[] = [];
  const collect = (node: unknown, depth: number): void => {
    if (isFiniteNumber(node)) found.push(node);
    else if (depth < MAX_DEPTH && typeof node === "object" && node !== null) Object.values(node).forEach((child) => collect(child, depth + 1));
  };
  sites.forEach((site) => collect(site.logic, 0));
  return found;
}

interface Disagreement {
  readonly rule: string;
  readonly text: string;
}

/** The first threshold missing from the text with a text number of its kind missing from the rule. */
function disagreement(text: string, sites: readonly RuleSite[], analyzer: RuleAnalyzer, units: ReadonlyMap<string, string>): Disagreement | undefined {
  const stated = numbersInText(text);
  const ruleNumbers = numbersInRules(sites);
  const unstated = thresholds(sites, analyzer, units).filter((t) => !stated.some((n) => sameQuantity(n, t.value)));
  const unruled = stated.filter((n): n is TextNumber & { kind: QuantityKind } => n.kind !== undefined && !ruleNumbers.some((r) => sameQuantity(n, r)));
  for (const threshold of unstated) {
    const other = unruled.find((n) => threshold.kind === undefined || n.kind === threshold.kind);
    if (other) return { rule: String(threshold.value), text: other.written };
  }
  return undefined;
}

export const textNumbers: LintCheckDefinition = {
  name: "text-numbers",
  codes: ["lint.criterion.textNumbers", "lint.criterion.branchTextNumbers"],
  run(context) {
    const units = computedUnits(context.pkg);
    for (const criterion of collectCriteria(context.pkg)) {
      const sitesOf = (prefix: string): RuleSite[] =>
        context.sites.filter((s) => s.kind === "criterion" && s.file === criterion.file && s.pointer.startsWith(prefix + "/"));
      const text = criterion.criterion.text;
      if (typeof text === "string") {
        const found = disagreement(text, sitesOf(childPointer(criterion.pointer, "branches")), context.analyzer, units);
        if (found) {
          context.report({
            code: "lint.criterion.textNumbers",
            severity: "warning",
            file: criterion.file,
            pointer: childPointer(criterion.pointer, "text"),
            message: lintMessage("lint.criterion.textNumbers", { criterion: criterion.describe, ...found }),
          });
        }
      }
      criterion.branches.forEach((branch, j) => {
        if (!isObject(branch) || typeof branch.text !== "string") return;
        const found = disagreement(branch.text, sitesOf(childPointer(criterion.pointer, "branches", j)), context.analyzer, units);
        if (!found) return;
        context.report({
          code: "lint.criterion.branchTextNumbers",
          severity: "warning",
          file: criterion.file,
          pointer: childPointer(criterion.pointer, "branches", j, "text"),
          message: lintMessage("lint.criterion.branchTextNumbers", { criterion: criterion.describe, branch: j + 1, ...found }),
        });
      });
    }
  },
};
