/**
 * The headless editing library of the form editor: a form is a map of file path → JSON text, and
 * every operation returns the minimal text edits it makes (with their inverse, for undo/redo). No
 * DOM and no file system here, so the browser app and Node use the same code.
 */
import type { CriterionDef, DefinitionFinding, JsonLogic } from "@cluster-form/schema";

/** A form's files: path relative to the form folder (`form.json`, `parts/table5.rules.json`) → text. */
export type FormTexts = Readonly<Record<string, string>>;

/** Replace `length` characters at `offset` by `content` (jsonc-parser's `Edit`). */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** What an operation did to one file. A new file has `before` undefined. */
export interface FileChange {
  readonly file: string;
  readonly before: string | undefined;
  readonly after: string;
  /** Edits that turn `before` into `after` (offsets in `before`, ascending, not overlapping). */
  readonly edits: readonly TextEdit[];
  /** Edits that turn `after` back into `before` (offsets in `after`); empty for a new file (delete it). */
  readonly inverse: readonly TextEdit[];
}

/** The outcome of an operation: the changed files in a stable order. Undo = `revertChanges`. */
export interface EditResult {
  readonly changes: readonly FileChange[];
}

/** A scaffold's outcome, with what it named (criterion id, list pointer, computed ids, test file). */
export interface ScaffoldResult extends EditResult {
  readonly made: Readonly<Record<string, string>>;
}

/** A place in a form file: the file and a JSON pointer inside it (as lint findings name them). */
export interface Site {
  readonly file: string;
  readonly pointer: string;
}

// ---------------------------------------------------------------- outline

/** What kind of answer a field takes, as the editor offers it. */
export type FieldKind = "text" | "number" | "integer" | "yesNo" | "choice" | "date" | "group" | "list" | "other";

export interface OutlineChoice {
  readonly value: string | number | boolean | null;
  readonly label: string;
}

export interface OutlineField {
  /** Pointer of the field inside its part's data (`/brands/other/items`). */
  readonly pointer: string;
  /** The path a rule reads it by (`table8.brands.other.items`). */
  readonly path: string;
  /** The key of the field in its object (`items`). */
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly unit?: string;
  readonly choices?: readonly OutlineChoice[];
  /** Where the field's schema is written (its `title` is at `pointer + "/title"` there). */
  readonly site: Site;
  /** Nested fields of a group (an object). */
  readonly fields?: readonly OutlineField[];
  /** The columns of a list (an array of objects). */
  readonly columns?: readonly OutlineField[];
}

/** How a branch awards points. */
export type BranchAward =
  | { readonly kind: "points"; readonly points: number }
  | { readonly kind: "judgement"; readonly min: number; readonly max: number }
  | { readonly kind: "logic"; readonly shape: RuleShape | null };

export interface OutlineBranch {
  readonly index: number;
  readonly text: string;
  readonly site: Site;
  /** The branch's condition as a shape; `null` when written in a shape the structured editors do not know; undefined when it always holds. */
  readonly condition?: RuleShape | null;
  readonly award: BranchAward;
}

/** A criterion as its rules file says it (its branches read into shapes), with its site. */
export interface OutlineCriterion extends Pick<CriterionDef, "id" | "label" | "group" | "points" | "text" | "method"> {
  readonly site: Site;
  readonly branches: readonly OutlineBranch[];
}

/** A text printed on the paper from a part's layout. */
export interface OutlineText {
  readonly text: string;
  /** A text block's style (prompt, note, heading, instruction, text), or the key it is: title, corner, header.<column>, label (a field's, column's or row's label on the page). */
  readonly style?: string;
  readonly site: Site;
}

export interface OutlineComputed {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly shape: RuleShape | null;
  readonly site: Site;
}

export interface OutlinePart {
  readonly id: string;
  readonly title: string;
  readonly points?: number;
  /** The part's entry in form.json. */
  readonly site: Site;
  /** Top-level fields in the part's schema order (groups hold their fields, lists their columns). */
  readonly fields: readonly OutlineField[];
  readonly texts: readonly OutlineText[];
  readonly computed: readonly OutlineComputed[];
  readonly criteria: readonly OutlineCriterion[];
}

/** The whole form in paper order (form.json's `parts`). */
export interface Outline {
  readonly title: string;
  readonly year: number;
  readonly totalPoints: number;
  readonly site: Site;
  readonly parts: readonly OutlinePart[];
}

// ---------------------------------------------------------------- rule shapes

/** Comparisons the structured editors offer; `==`/`===` are both "=". */
export type Comparison = ">" | ">=" | "<" | "<=" | "==" | "===" | "!=" | "!==";

/**
 * A rule written in one of the common shapes, as the structured editors show it. Paths are the
 * rule's own `var` paths (`table5.cncRate`, `$computed.table8.national`, `name` inside a list filter).
 */
export type RuleShape =
  /** A field's or computed value's value (`{"var": "table5.cncRate"}`). */
  | { readonly kind: "value"; readonly path: string }
  /** A value compared with a number (threshold) or another value. */
  | { readonly kind: "compare"; readonly subject: RuleShape; readonly op: Comparison; readonly value: number | RuleShape }
  /** A yes/no answer or a choice (`=== true`, `== "government"`). */
  | { readonly kind: "answer"; readonly subject: RuleShape; readonly op: Comparison; readonly value: string | boolean }
  /** The answer is one of these (`in`). */
  | { readonly kind: "answerIn"; readonly subject: RuleShape; readonly values: readonly (string | number)[] }
  /** The field has been answered. */
  | { readonly kind: "filled"; readonly subject: RuleShape }
  /** A listed item's validity period (from, until) covers the form's year. */
  | { readonly kind: "validIn"; readonly from: string; readonly until: string }
  /** A date (`YYYY-MM-DD`) in the form's assessment year. */
  | { readonly kind: "dateInYear"; readonly path: string }
  /** Every / any of the conditions. */
  | { readonly kind: "all" | "any"; readonly of: readonly RuleShape[] }
  /** Not; `wrapped`: written `{"!": [x]}` rather than `{"!": x}`. */
  | { readonly kind: "not"; readonly of: RuleShape; readonly wrapped: boolean }
  /** The number of listed items (that meet `where`, item-relative paths). */
  | { readonly kind: "listCount"; readonly list: string; readonly where?: RuleShape }
  /** No listed item meets `where`. */
  | { readonly kind: "listNone"; readonly list: string; readonly where: RuleShape }
  /** The sum of a column over a list (`sumOf`). */
  | { readonly kind: "columnSum"; readonly list: string; readonly column: string }
  /** The sum of values. */
  | { readonly kind: "sum"; readonly of: readonly RuleShape[] }
  /** A growth rate from one value to another. */
  | { readonly kind: "growth"; readonly from: string; readonly to: string }
  /** The number of characters of a text. */
  | { readonly kind: "length"; readonly subject: RuleShape }
  /** `points` per item of a count, between `min` and `cap` (the caps and per-item points). */
  | { readonly kind: "perItem"; readonly points: number; readonly subject: RuleShape; readonly min: number; readonly cap: number }
  /** A text picked by the first condition that holds, else `otherwise` (`if`: the summary sheet's wording of an answer). */
  | { readonly kind: "cases"; readonly cases: readonly { readonly when: RuleShape; readonly then: string }[]; readonly otherwise: string };

export type RuleShapeKind = RuleShape["kind"];

/** How many of a form's rules the structured editors recognise, by kind of rule site. */
export interface RecognitionReport {
  readonly total: number;
  readonly recognised: number;
  /** Per site kind (criterion, computed, applicability, check, veto, summary): recognised / total. */
  readonly bySite: Readonly<Record<string, { readonly total: number; readonly recognised: number }>>;
  /** Per top-level shape kind: how many rules. */
  readonly byShape: Readonly<Partial<Record<RuleShapeKind, number>>>;
  /** The rules left to the raw JSON-Logic editor. */
  readonly unrecognised: readonly Site[];
}

// ---------------------------------------------------------------- operations' arguments

/** A scoring text (criterion's or branch's) whose number would change with a threshold, and the change proposed (apply with `acceptProposal`). */
export interface TextProposal {
  readonly site: Site;
  readonly before: string;
  readonly after: string;
}

export interface ThresholdChange extends EditResult {
  /** Matching changes of the scoring texts' numbers, to confirm one by one. */
  readonly textProposals: readonly TextProposal[];
}

/** A new list (table of listed items) read from the officer's words. */
export interface NewListArgs {
  /** The part that gets the list (`table8`). */
  readonly part: string;
  /** The list's label, as the paper prints it. */
  readonly label: string;
  /** Its id; default generated from the label (see `idFromLabel`). */
  readonly id?: string;
  /** The columns of a listed item; default: the columns of the part's existing list rows when they have validity dates, else one name column. */
  readonly columns?: readonly NewColumnArgs[];
  /** Rows drawn empty on paper (default 3). */
  readonly minRows?: number;
  /** At most this many items (default 30). */
  readonly maxItems?: number;
}

export interface NewColumnArgs {
  readonly label: string;
  readonly id?: string;
  readonly kind: "text" | "number" | "integer" | "date" | "yesNo";
  readonly unit?: string;
  /** Text length limit (default 200). */
  readonly maxLength?: number;
}

/** "count of listed X (within their validity) ≥ threshold → points". */
export interface ListCriterionArgs {
  readonly list: NewListArgs;
  readonly criterion: {
    readonly label: string;
    readonly id?: string;
    readonly points: number;
    /** The scoring text (the paper's scoring rules for the criterion). */
    readonly text: string;
    /** The text of the branch that awards the points; default the scoring text. */
    readonly branchText?: string;
    /** The text of the "otherwise 0" branch. */
    readonly otherwiseText: string;
    readonly op: ">" | ">=" | "==";
    readonly threshold: number;
    /** Count only items whose validity period covers the form's year (needs from/until date columns). */
    readonly withinValidity?: boolean;
    readonly unit?: string;
  };
  /** Where the points come from so the total stays (`criterion id` → points taken). */
  readonly takeFrom?: readonly { readonly criterion: string; readonly points: number }[];
  /** The test-case stub's name. */
  readonly testName: string;
}

export interface AddFieldArgs {
  readonly part: string;
  /** Pointer of the object in the part's data that gets the field; default the part's root. */
  readonly parent?: string;
  readonly field: NewColumnArgs & { readonly choices?: readonly { readonly value: string; readonly label: string }[] };
  /** Insert after this key (default: last). */
  readonly after?: string;
  readonly required?: boolean;
  /** The layout block that shows the field (`fields` block id); default the first fields block, or a new one. */
  readonly block?: string;
  readonly testName: string;
}

export interface AddColumnArgs {
  readonly part: string;
  /** Pointer of the list (array) in the part's data. */
  readonly list: string;
  readonly column: NewColumnArgs;
  readonly required?: boolean;
  readonly testName: string;
}

export interface MovePointsArgs {
  /** Criterion ids. */
  readonly from: string;
  readonly to: string;
  readonly points: number;
  /** The test-case stub's name: a case at the receiving criterion's new full points, to fill in. */
  readonly testName: string;
}

/** Ids generated from labels are checked against these before use. */
export interface IdOptions {
  readonly taken?: Iterable<string>;
}

/** A file that does not parse, named with line and column in Chinese and English. */
export interface RefusalInfo {
  readonly findings: readonly DefinitionFinding[];
}

export type { JsonLogic };
