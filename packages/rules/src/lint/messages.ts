/** The messages of the static rule checks, in both languages. */
import { translate, type Catalogs, type LocalizedMessage } from "@cluster-form/schema";
import type { LintCatalog, LintMessageKey, LintMessageParamsMap } from "../locales/lint.catalog.js";
import { lintEn } from "../locales/lint.en.js";
import { lintZh } from "../locales/lint.zh.js";

export type { LintCatalog, LintMessageKey, LintMessageParams, LintMessageParamsMap, SiteRef, ValueType } from "../locales/lint.catalog.js";

export const lintCatalogs: Catalogs<LintCatalog> = { zh: lintZh, en: lintEn };

export function lintMessage<K extends LintMessageKey>(code: K, params: LintMessageParamsMap[K]): LocalizedMessage {
  return translate(lintCatalogs, (catalog) => {
    const say: (p: LintMessageParamsMap[K]) => string = catalog[code];
    return say(params);
  });
}
