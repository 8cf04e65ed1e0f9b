/** What changed between two versions of a form (e.g. two assessment years), as plain data. */
import type { Condition } from "./condition.js";

/** Whose rule changed: a computed value, applicability rule, check, criterion or veto. */
export interface RuleOwner {
  readonly kind: "computed" | "applicability" | "check" | "criterion" | "veto";
  readonly id: string;
  readonly label?: string;
}

export type FormChange =
  | { readonly kind: "form.identity"; readonly key: "id" | "version" | "year" | "title"; readonly from: string | number; readonly to: string | number }
  | { readonly kind: "form.totalPoints"; readonly from: number | null; readonly to: number | null }
  | { readonly kind: "part.added"; readonly part: string; readonly title: string; readonly points: number | null }
  | { readonly kind: "part.removed"; readonly part: string; readonly title: string; readonly points: number | null }
  | { readonly kind: "part.title"; readonly part: string; readonly from: string; readonly to: string }
  | { readonly kind: "part.points"; readonly part: string; readonly title: string; readonly from: number | null; readonly to: number | null }
  | {
      readonly kind: "criterion.added";
      readonly part: string;
      readonly id: string;
      readonly label: string;
      readonly points: number | null;
      /** The criterion's scoring text, and each branch's text with its points and, when it has the common shape, its condition. */
      readonly text: string;
      readonly branches: readonly { readonly text: string; readonly points: unknown; readonly condition?: Condition }[];
    }
  | { readonly kind: "criterion.removed"; readonly part: string; readonly id: string; readonly label: string; readonly points: number | null }
  | { readonly kind: "criterion.points"; readonly part: string; readonly id: string; readonly label: string; readonly from: number | null; readonly to: number | null }
  | { readonly kind: "criterion.label"; readonly part: string; readonly id: string; readonly from: string; readonly to: string }
  | { readonly kind: "criterion.text"; readonly part: string; readonly id: string; readonly label: string; readonly from: string; readonly to: string }
  | { readonly kind: "criterion.method"; readonly part: string; readonly id: string; readonly label: string; readonly from: string; readonly to: string }
  | { readonly kind: "branch.added"; readonly part: string; readonly id: string; readonly label: string; readonly branch: number; readonly text: string }
  | { readonly kind: "branch.removed"; readonly part: string; readonly id: string; readonly label: string; readonly branch: number; readonly text: string }
  | { readonly kind: "branch.points"; readonly part: string; readonly id: string; readonly label: string; readonly branch: number; readonly text: string; readonly from: unknown; readonly to: unknown }
  | { readonly kind: "branch.text"; readonly part: string; readonly id: string; readonly label: string; readonly branch: number; readonly from: string; readonly to: string }
  | {
      readonly kind: "rule.constant";
      readonly part: string;
      readonly owner: RuleOwner;
      /** Pointer of the constant inside the rules file of the new version. */
      readonly pointer: string;
      /** The operation the constant is an argument of (`>`, `clamp`…). */
      readonly op?: string;
      /** The field or value it is compared with, for people. */
      readonly subject?: string;
      readonly from: unknown;
      readonly to: unknown;
    }
  | {
      readonly kind: "rule.perItem";
      readonly part: string;
      readonly owner: RuleOwner;
      readonly pointer: string;
      /** What is counted, for people (a field's or computed value's label). */
      readonly subject?: string;
      readonly from: unknown;
      readonly to: unknown;
    }
  | { readonly kind: "rule.cap"; readonly part: string; readonly owner: RuleOwner; readonly pointer: string; readonly from: unknown; readonly to: unknown }
  /** The path the rule read before and reads now, each with its label for people (the path itself when it has none). */
  | { readonly kind: "rule.input"; readonly part: string; readonly owner: RuleOwner; readonly pointer: string; readonly from: string; readonly to: string; readonly fromLabel: string; readonly toLabel: string }
  | { readonly kind: "rule.changed"; readonly part: string; readonly owner: RuleOwner; readonly pointer: string; readonly from: unknown; readonly to: unknown }
  | { readonly kind: "rule.added"; readonly part: string; readonly owner: RuleOwner }
  | { readonly kind: "rule.removed"; readonly part: string; readonly owner: RuleOwner }
  | { readonly kind: "list.added"; readonly part: string; readonly pointer: string; readonly label: string; readonly columns: readonly string[] }
  | { readonly kind: "list.removed"; readonly part: string; readonly pointer: string; readonly label: string; readonly columns: readonly string[] }
  /** `list`: the label of the list a new or removed column belongs to. */
  | { readonly kind: "field.added"; readonly part: string; readonly pointer: string; readonly label: string; readonly list?: string }
  | { readonly kind: "field.removed"; readonly part: string; readonly pointer: string; readonly label: string; readonly list?: string }
  | { readonly kind: "field.label"; readonly part: string; readonly pointer: string; readonly from: string; readonly to: string }
  | { readonly kind: "field.unit"; readonly part: string; readonly pointer: string; readonly label: string; readonly from: string | null; readonly to: string | null }
  | { readonly kind: "field.type"; readonly part: string; readonly pointer: string; readonly label: string; readonly from: string; readonly to: string }
  | { readonly kind: "field.choices"; readonly part: string; readonly pointer: string; readonly label: string; readonly added: readonly unknown[]; readonly removed: readonly unknown[] }

  /** A note of the manifest (`index` from 1 in the new version, or the old one when removed). */
  | { readonly kind: "note"; readonly index: number; readonly from: string | null; readonly to: string | null }
  /** A text printed on a part's page (prompt, heading, column header, label override). */
  | { readonly kind: "layout.text"; readonly part: string; readonly pointer: string; readonly from: string | null; readonly to: string | null }
  /** The summary sheet's title, note or a column's label. */
  | { readonly kind: "summary.text"; readonly pointer: string; readonly from: string | null; readonly to: string | null }
  /** A difference none of the kinds above describes: named by file and pointer, so that "no differences" is never said wrongly. */
  | { readonly kind: "other"; readonly part?: string; readonly file: string; readonly pointer: string; readonly from: unknown; readonly to: unknown };

export type FormChangeKind = FormChange["kind"];

export interface FormIdentity {
  readonly id: string;
  readonly version: string;
  readonly year: number;
  readonly title: string;
}

export interface FormDiff {
  readonly from: FormIdentity;
  readonly to: FormIdentity;
  /** Part titles of both versions (the new title wins), for grouping changes. */
  readonly partTitles: Readonly<Record<string, string>>;
  readonly changes: readonly FormChange[];
}
