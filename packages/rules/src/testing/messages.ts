/** UI strings of the rule test runner. Wording in ../locales/rule-tests.zh.ts and ../locales/rule-tests.en.ts. */
import type { LocalizedMessage } from "@cluster-form/schema";
import { ruleTestsEn } from "../locales/rule-tests.en.js";
import { ruleTestsZh } from "../locales/rule-tests.zh.js";

export interface RuleTestsCatalog {
  readonly pass: string;
  readonly fail: string;
  expectedGot(expected: string, actual: string): string;
  notFound(expected: string, actual: string): string;
  unknownCriterion(id: string): string;
  unknownPart(id: string): string;
  unknownColumn(id: string): string;
  crashed(detail: string): string;
  readonly coverage: {
    covered(criteria: number, ofCriteria: number, branches: number, ofBranches: number): string;
    readonly uncoveredCriteria: string;
    readonly uncoveredBranches: string;
    criterion(id: string, label: string): string;
    branch(id: string, label: string, branch: number, text: string): string;
  };
  readonly file: {
    notAnObject: string;
    noCases: string;
    caseNotAnObject: string;
    missingKey(key: string): string;
    unknownExpectKey(key: string, known: string): string;
    notText(key: string): string;
  };
}

const catalogs = { zh: ruleTestsZh, en: ruleTestsEn } as const;

export const ruleTestsText = (lang: "zh" | "en"): RuleTestsCatalog => catalogs[lang];

export function ruleTestsMessage(pick: (catalog: RuleTestsCatalog) => string): LocalizedMessage {
  return { zh: pick(ruleTestsZh), en: pick(ruleTestsEn) };
}
