/**
 * The finding codes of the static rule checks and the parameters of their messages.
 * The wording lives in the locale catalogs (../locales/lint.zh.ts, ../locales/lint.en.ts).
 */
import type { LocalizedMessage } from "@cluster-form/schema";
import { lintEn } from "../locales/lint.en.js";
import { lintZh } from "../locales/lint.zh.js";

/** Names the rule a finding is about, so each catalog can say it in its language. */
export interface SiteRef {
  readonly kind: "computed" | "applicability" | "check" | "criterion" | "veto" | "summary";
  /** Id of the computed value, check, criterion or veto, or the field of an applicability rule. */
  readonly owner?: string;
  /** Its label in the form, when it has one. */
  readonly label?: string;
}

import type { ValueType } from "../form-json/schema-nav.js";

export type { ValueType };

interface At {
  readonly site: SiteRef;
}

export interface LintMessageParamsMap {
  "lint.var.unknownPart": At & { path: string; part: string; suggestion?: string };
  "lint.var.unknownField": At & { path: string; missing: string; parent: string; suggestion?: string };
  "lint.var.unknownRowField": At & { path: string; missing: string; array: string; suggestion?: string };
  "lint.var.unknownComputed": At & { path: string; suggestion?: string };
  "lint.var.unknownFormKey": At & { path: string };
  "lint.var.resultOutsideSummary": At & { path: string };
  "lint.var.unknownParameter": At & { path: string; declared: string };
  "lint.type.compare": At & { op: string; left: string; leftType: ValueType; right: string; rightType: ValueType };
  "lint.type.operand": At & { op: string; operand: string; expected: readonly ValueType[]; actual: ValueType };
  "lint.type.notAChoice": At & { path: string; value: string; choices: string };
  "lint.type.arity": At & { op: string; count: number; expected: string };
  "lint.computed.cycle": { cycle: string };
  /**
   * `terms`: each criterion's id and points (`t5.a 5 + t5.b 2`); `difference`: sum − points;
   * `changed`: what differs from the base form (`label [id] 3 → 5 (+2)`), when one was given.
   */
  "lint.points.criteriaSum": { part: string; sum: number; points: number; difference: number; terms: string; changed?: string };
  "lint.points.noCriteria": { part: string; points: number };
  "lint.points.partWithoutPoints": { part: string; sum: number };
  "lint.points.partsSum": { sum: number; total: number; parts: string; difference: number; changed?: string };
  "lint.judgement.range": { criterion: string; branch: number; min: string; max: string };
  "lint.judgement.beyondPoints": { criterion: string; branch: number; max: number; points: number };
  "lint.branch.beyondPoints": { criterion: string; branch: number; branchPoints: number; points: number };
  "lint.branch.sumBeyondPoints": { criterion: string; sum: number; points: number };
  "lint.branch.negative": { criterion: string; branch: number; branchPoints: number };
  "lint.branch.none": { criterion: string };
  "lint.branch.unreachable": { criterion: string; branch: number; catchAll: number };
  "lint.branch.kind": { criterion: string; branch: number };
  "lint.criterion.noText": { criterion: string };
  "lint.criterion.noBranchText": { criterion: string; branch: number };
  /** `rule`: a number the rule compares with; `text`: a number of the text as written (40%). */
  "lint.criterion.textNumbers": { criterion: string; rule: string; text: string };
  "lint.criterion.branchTextNumbers": { criterion: string; branch: number; rule: string; text: string };
  "lint.op.unknown": At & { op: string; suggestion?: string };
  "lint.op.refused": At & { op: string };
  "lint.op.notLogic": At & { keys: string };
  "lint.rule.problem": At & { problem: string };
}

export type LintMessageKey = keyof LintMessageParamsMap;
export type LintMessageParams<K extends LintMessageKey> = LintMessageParamsMap[K];

/** A catalog gives, for every code, the message in one language. */
export type LintCatalog = { readonly [K in LintMessageKey]: (params: LintMessageParamsMap[K]) => string };

export function lintMessage<K extends LintMessageKey>(code: K, params: LintMessageParamsMap[K]): LocalizedMessage {
  const zh: (p: LintMessageParamsMap[K]) => string = lintZh[code];
  const en: (p: LintMessageParamsMap[K]) => string = lintEn[code];
  return { zh: zh(params), en: en(params) };
}
