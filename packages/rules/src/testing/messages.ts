/** UI strings of the rule test runner, in both languages: `ruleTestsCatalogs[lang]`. */
import type { Catalogs } from "@cluster-form/schema";
import type { RuleTestsCatalog } from "../locales/rule-tests.catalog.js";
import { ruleTestsEn } from "../locales/rule-tests.en.js";
import { ruleTestsZh } from "../locales/rule-tests.zh.js";

export type { RuleTestsCatalog } from "../locales/rule-tests.catalog.js";

export const ruleTestsCatalogs: Catalogs<RuleTestsCatalog> = { zh: ruleTestsZh, en: ruleTestsEn };
