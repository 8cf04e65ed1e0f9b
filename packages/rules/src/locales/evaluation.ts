/** The evaluator's phrases in both languages, or in one. */
import { translate, type Catalogs, type Lang, type LocalizedMessage } from "@cluster-form/schema";
import { evaluationEn } from "./evaluation.en.js";
import type { EvaluationCatalog, EvaluationMessageKey, EvaluationMessageParamsMap } from "./evaluation.catalog.js";
import { evaluationZh } from "./evaluation.zh.js";

export type { EvaluationCatalog, EvaluationMessageKey, EvaluationMessageParamsMap, SiteKind } from "./evaluation.catalog.js";

export const evaluationCatalogs: Catalogs<EvaluationCatalog> = { zh: evaluationZh, en: evaluationEn };

/** The message in both languages. */
export function say<K extends EvaluationMessageKey>(key: K, params: EvaluationMessageParamsMap[K]): LocalizedMessage {
  return translate(evaluationCatalogs, (catalog) => catalog[key](params));
}

/** The phrase in one language. */
export function phrase<K extends EvaluationMessageKey>(lang: Lang, key: K, params: EvaluationMessageParamsMap[K]): string {
  return evaluationCatalogs[lang][key](params);
}
