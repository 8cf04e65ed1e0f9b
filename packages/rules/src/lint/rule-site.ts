/** A rule of the form and where it is written: what the analyzer and every check read. */
import type { JsonLogic } from "@cluster-form/schema";

/** Where in the form a rule sits, so findings can name its file and pointer. */
export type RuleSiteKind = "computed" | "applicability" | "check" | "criterion" | "veto" | "summary";

/** One JSON-Logic rule of the form, with where it sits. */
export interface RuleSite {
  readonly kind: RuleSiteKind;
  /** File path relative to the form folder. */
  readonly file: string;
  /** JSON pointer of the rule inside that file. */
  readonly pointer: string;
  readonly logic: JsonLogic;
  /** Part whose rules file holds the rule; undefined for the summary sheet. */
  readonly part?: string;
  /** Id of the computed value, check, criterion or veto the rule belongs to. */
  readonly owner?: string;
  /** The owner's label in the form, when it has one. */
  readonly label?: string;
}
