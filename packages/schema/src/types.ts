/**
 * The form-package format: the shapes of the JSON files that policy staff edit.
 * The meta-schemas in `meta/` are the normative definition; these types mirror them.
 * See docs/form-format.md.
 */
import type { JSONSchema7 } from "json-schema";

/** A JSON-Logic expression. Rules are data: never trust their shape. */
export type JsonLogic = unknown;

/** A message shown to people in Chinese and English. Chinese is the form's working language. */
export interface LocalizedMessage {
  readonly zh: string;
  readonly en: string;
}

/** The stable `$id`s of the meta-schemas that every form file names in its `$schema`. */
export const META_SCHEMA_BASE = "https://cluster-form.dev/schema/v1/";

/** A role that works on the form: who fills, who scores, who only reads. */
export interface RoleDef {
  readonly id: string;
  readonly label: string;
}

/** A score column of the criteria tables (self score, expert score) and the roles that may type into it. */
export interface ScoreColumnDef {
  readonly id: string;
  readonly label: string;
  readonly editableBy: readonly string[];
  /**
   * The column's scorers review the rule-computed scores: a computed score stands in it as a
   * proposal (status pending, shown as awaiting review) until the scorer confirms it (enters it) or overrides it with a
   * reason where the criterion allows.
   */
  readonly review?: boolean;
}

/** One part (cover, section or table) of the form, in the order of the paper workbook. */
export interface PartRef {
  readonly id: string;
  readonly title: string;
  /** Points of the part when it is a scoring table; criteria must add up to this. */
  readonly points?: number;
  /** Roles that may fill the part's data. Score columns have their own `editableBy`. */
  readonly editableBy: readonly string[];
  /** Paths relative to the form folder. */
  readonly schema?: string;
  readonly layout: string;
  readonly rules?: string;
  /** Start the part on a new printed page. */
  readonly pageBreakBefore?: boolean;
}

/** The manifest's `display`: screen layout settings that belong to the form. */
export interface DisplayDef {
  /** Width of the element in CSS pixels below which it is laid out for a phone (default 760). */
  readonly narrowBelow?: number;
}

/** `form.json`: the manifest. */
export interface FormManifest {
  readonly $schema: string;
  readonly $comment?: string;
  readonly id: string;
  readonly version: string;
  /** The assessment year; rules read it as `{"var": "$form.year"}`. */
  readonly year: number;
  readonly title: string;
  readonly locale: string;
  readonly totalPoints: number;
  readonly roles: readonly RoleDef[];
  readonly scoreColumns: readonly ScoreColumnDef[];
  readonly parts: readonly PartRef[];
  /**
   * Schema files that part schemas share through `$ref` (signoff blocks, attachments):
   * paths relative to the form folder; a part schema refers to them relatively,
   * e.g. `{"$ref": "defs.schema.json#/$defs/signoff"}` from `parts/`.
   */
  readonly sharedSchemas?: readonly string[];
  /** Path of the aggregate-sheet declaration (the city data-summary sheet), if the form has one. */
  readonly summarySheet?: string;
  /** How the form is laid out on screen. */
  readonly display?: DisplayDef;
  /** Folder of rule test cases, relative to the form folder. Defaults to `tests`. */
  readonly tests?: string;
  /** Readings of the source text that the form had to choose, for policy staff. */
  readonly notes?: readonly string[];
}

/**
 * A part's data schema: JSON Schema draft 2020-12 with `title` as the Chinese label.
 * Extra annotation keywords: `unit` (currency units, %, …), `placeholder`.
 */
export type DataSchema = JSONSchema7 & {
  readonly $schema?: string;
  readonly unit?: string;
  readonly placeholder?: string;
  readonly prefixItems?: readonly DataSchema[];
  readonly $defs?: Readonly<Record<string, DataSchema>>;
};

// ---------------------------------------------------------------- layout

/** A reference to a field of the part's data, as a JSON pointer relative to the part (`/name`). */
export interface FieldRef {
  readonly field: string;
  /** Overrides the schema `title` where the paper prints another label. */
  readonly label?: string;
  /** Overrides the part's `editableBy`. */
  readonly editableBy?: readonly string[];
}

interface BlockBase {
  readonly id?: string;
  readonly title?: string;
  readonly editableBy?: readonly string[];
}

/** Text printed on the paper: a prompt, an instruction, a note under a table. */
export interface TextBlock extends BlockBase {
  readonly widget: "text";
  readonly text: string;
  readonly style?: "prompt" | "note" | "heading" | "instruction";
}

/** Label–input pairs (the cover, contact details, a yes/no question). */
export interface FieldsBlock extends BlockBase {
  readonly widget: "fields";
  readonly fields: readonly FieldRef[];
}

/** A long text answer with a live character count (limit from the schema's `maxLength`). */
export interface NarrativeBlock extends BlockBase, FieldRef {
  readonly widget: "narrative";
  readonly prompt?: string;
  /** Fields sharing one character budget (a report split in sections). */
  readonly sharedLimit?: { readonly fields: readonly string[]; readonly maxChars: number };
}

/** A fixed table as on paper: row headers × column headers; a cell is `row.field + "/" + column.key`. */
export interface GridBlock extends BlockBase {
  readonly widget: "grid";
  readonly corner?: string;
  readonly rows: readonly { readonly field: string; readonly label?: string }[];
  readonly columns: readonly {
    readonly key: string;
    readonly label?: string;
    /** A computed value shown read-only in this column: id of a computed value with `{row}` replaced by the row field's last segment. */
    readonly computed?: string;
  }[];
}

/** A repeating-row table (enterprises, organisations, projects, brand listings). */
export interface RepeatBlock extends BlockBase {
  readonly widget: "repeat";
  /** Pointer to an array of objects. */
  readonly field: string;
  readonly columns: readonly { readonly key: string; readonly label?: string }[];
  /** Show a row-number column (the paper's serial-number column). */
  readonly numbered?: boolean;
  /** Rows drawn even when the data has fewer (the paper's empty lines). */
  readonly minRows?: number;
}

/** The criteria table: indicator, scoring text, and one column per score column. */
export interface CriteriaBlock extends BlockBase {
  readonly widget: "criteria";
  /** Criterion ids; default: every criterion of the part's rules, in order. */
  readonly criteria?: readonly string[];
  readonly headers?: { readonly criterion: string; readonly text: string; readonly score: string; readonly total: string };
}

/** The summary table (table 11 of the 2020 handbook): per-part subtotals of each score column, and the totals. */
export interface ScoreSummaryBlock extends BlockBase {
  readonly widget: "scoreSummary";
  readonly corner: string;
  readonly columns: readonly { readonly part: string; readonly label: string }[];
  readonly totalLabel: string;
  readonly rows: readonly { readonly scoreColumn: string; readonly label: string }[];
}

/** An opinion with seal, signer, date and an optional attachment: a pointer to an object of `signoff` shape. */
export interface SignoffBlock extends BlockBase, FieldRef {
  readonly widget: "signoff";
}

export type LayoutBlock =
  | TextBlock
  | FieldsBlock
  | NarrativeBlock
  | GridBlock
  | RepeatBlock
  | CriteriaBlock
  | ScoreSummaryBlock
  | SignoffBlock;

/** `parts/<id>.layout.json`: how a part is drawn on screen and on A4. */
export interface LayoutFile {
  readonly $schema: string;
  readonly $comment?: string;
  readonly part: string;
  readonly blocks: readonly LayoutBlock[];
}

// ---------------------------------------------------------------- rules

/** A value computed from the data (growth rate, count, sum). Ids are global: `table1.salesGrowth`. */
export interface ComputedDef {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly logic: JsonLogic;
  readonly $comment?: string;
}

/** When `when` is false, the field at `field` (pointer relative to the part) does not apply: not required, not scored. */
export interface ApplicabilityDef {
  readonly field: string;
  readonly when: JsonLogic;
  readonly $comment?: string;
}

/** A cross-field check: `assert` must be true, otherwise a finding at `field`. */
export interface CheckDef {
  readonly id: string;
  readonly field: string;
  readonly severity: "error" | "warning";
  readonly assert: JsonLogic;
  readonly message: LocalizedMessage;
  readonly $comment?: string;
}

/** One branch of a criterion's scoring text. */
export interface ScoringBranch {
  /** The condition; a branch without `when` always holds (the "otherwise" branch). */
  readonly when?: JsonLogic;
  /** Fixed points. */
  readonly points?: number;
  /** Points computed by a rule (e.g. 2 per organisation, capped). */
  readonly logic?: JsonLogic;
  /** The scorer types the score (a judgement within a range), bounded by this range. */
  readonly judgement?: { readonly min: number; readonly max: number };
  /** The branch in the words of the scoring text, shown in explanations. */
  readonly text: string;
}

export interface CriterionDef {
  readonly id: string;
  readonly label: string;
  /** A heading shared by several criteria. */
  readonly group?: string;
  readonly points: number;
  /** The scoring text, verbatim from the source. */
  readonly text: string;
  /** `first`: the first branch that holds decides; `sum`: every branch that holds adds its points. */
  readonly method: "first" | "sum";
  readonly branches: readonly ScoringBranch[];
  /** Data pointers (relative to the part) that the criterion is about, for links in the UI. */
  readonly evidence?: readonly string[];
  /** In a `review` score column, the scorer may replace the computed score, with a written reason. */
  readonly override?: boolean;
  readonly $comment?: string;
}

/** A one-vote veto (one-vote veto): when `when` holds, the form fails whatever its points. */
export interface VetoDef {
  readonly id: string;
  readonly when: JsonLogic;
  /** The veto is decided once this holds (e.g. the experts have answered the question). */
  readonly decided?: JsonLogic;
  readonly reason: LocalizedMessage;
}

/** `parts/<id>.rules.json`. */
export interface RulesFile {
  readonly $schema: string;
  readonly $comment?: string;
  readonly part: string;
  readonly computed?: readonly ComputedDef[];
  readonly applicability?: readonly ApplicabilityDef[];
  readonly checks?: readonly CheckDef[];
  readonly criteria?: readonly CriterionDef[];
  readonly veto?: readonly VetoDef[];
}

// ---------------------------------------------------------------- aggregate sheet (city data-summary sheet)

export interface SummarySheetColumn {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly type: "string" | "number" | "boolean";
  /** Where the value comes from, in words, for policy staff. */
  readonly description?: string;
  /** Excel number format (`#,##0.00`); with `%`, a column of percentage points is shown as a percentage. */
  readonly numFmt?: string;
  /** Column width in the .xlsx, in characters of the default font. */
  readonly width?: number;
  /** Evaluated over `{ ...partsData, $form, $computed, $result, $parameters }`. */
  readonly value: JsonLogic;
  /** Add the column up in the totals row. */
  readonly total?: boolean;
}

/** A value given by whoever compiles the sheet (the city), read by column rules as `$parameters.<id>`. */
export interface SummarySheetParameter {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

/** Page setup of the printed summary sheet. */
export interface SummarySheetPrint {
  readonly paperSize?: "A4" | "A3";
  readonly orientation?: "portrait" | "landscape";
  /** Scale the columns to one page wide. */
  readonly fitToWidth?: boolean;
  /** Print the title and header rows on every page. */
  readonly repeatHeader?: boolean;
}

/** `summary-sheet.json`: one row per submission of a city's data-summary sheet. */
export interface SummarySheetDef {
  readonly $schema: string;
  readonly $comment?: string;
  readonly title: string;
  readonly note?: string;
  /** Readings and choices for policy staff. */
  readonly notes?: readonly string[];
  readonly parameters?: readonly SummarySheetParameter[];
  /** Lines printed side by side under the table for the stamped paper copy. */
  readonly signoff?: readonly string[];
  readonly print?: SummarySheetPrint;
  readonly sortBy?: readonly string[];
  readonly columns: readonly SummarySheetColumn[];
}

// ---------------------------------------------------------------- rule test cases

export interface RuleTestCase {
  readonly name: string;
  readonly $comment?: string;
  /** A whole or partial submission; `form` may be left out. */
  readonly submission: Partial<Submission> & { readonly data?: Readonly<Record<string, unknown>> };
  /** A subset of the evaluation result that must match. */
  readonly expect: {
    /**
     * Per criterion: `computed`, a score per column id (number or null), `status` (of every column,
     * or `{ column: status }`), `reason` (`{ column: reason }` of overridden scores) and
     * `invalidInputs` (pointers of the invalid values it reads).
     */
    readonly criteria?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly parts?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
    readonly total?: Readonly<Record<string, number | null>>;
    readonly vetoed?: boolean;
    readonly computed?: Readonly<Record<string, unknown>>;
    readonly notApplicable?: readonly string[];
    readonly findings?: readonly { readonly code?: string; readonly pointer?: string; readonly criterion?: string; readonly severity?: string }[];
    readonly noFindings?: boolean;
    readonly completeness?: Readonly<Record<string, number>>;
  };
}

/** `tests/*.json`. */
export interface RuleTestFile {
  readonly $schema: string;
  readonly $comment?: string;
  readonly cases: readonly RuleTestCase[];
}

// ---------------------------------------------------------------- submissions

/** One filled form. Unknown keys are kept as they are. */
export interface Submission {
  readonly $schema?: string;
  readonly form: { readonly id: string; readonly version: string };
  /** Part data by part id. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Typed scores: criterion id → score column id → points. */
  readonly scores?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Written reasons of scores that differ from the rule's: criterion id → score column id → reason. */
  readonly reasons?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly [unknownKey: string]: unknown;
}

// ---------------------------------------------------------------- the loaded package

export interface LoadedPart {
  readonly ref: PartRef;
  /** The part's data schema with every `$ref` to shared schema files inlined (forms may not recurse). */
  readonly schema?: DataSchema;
  readonly layout: LayoutFile;
  readonly rules?: RulesFile;
}

/** A source file of the package as read: its path relative to the form folder and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** One form, loaded and frozen. */
export interface FormPackage {
  readonly manifest: FormManifest;
  readonly parts: readonly LoadedPart[];
  readonly summarySheet?: SummarySheetDef;
  /** Where it was loaded from: a folder path, a URL, or `memory`. */
  readonly origin: string;
  /** Raw texts by relative path, so that findings can name a line and column. */
  readonly sources: ReadonlyMap<string, SourceFile>;
}

// ---------------------------------------------------------------- findings

export type Severity = "error" | "warning" | "info";

/** Where a finding points in a form file. Lines and columns start at 1. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer inside the file. */
  readonly pointer: string;
}

/** A problem in a form definition (from `checkDefinition` or the rules lint). */
export interface DefinitionFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly location: SourceLocation;
  readonly message: LocalizedMessage;
}

/** A problem in submitted data. */
export interface DataFinding {
  readonly code: string;
  readonly severity: Severity;
  /** JSON pointer into the submission (`/data/table5/rdToolsRate`). */
  readonly pointer: string;
  /** The field's label from the schema `title`, when there is one. */
  readonly label?: string;
  readonly message: LocalizedMessage;
  readonly part?: string;
  readonly criterion?: string;
}

// ---------------------------------------------------------------- loading and validating (additive)

/** The kinds of form file, each with its meta-schema `${META_SCHEMA_BASE}<kind>.json`. */
export type FormFileKind = "manifest" | "data-schema" | "layout" | "rules" | "summary-sheet" | "rule-tests" | "submission";

/** A whole form as JSON texts by path relative to the form folder (`form.json`, `parts/x.schema.json`, …). */
export interface FormFiles {
  /** Where the files came from, shown in messages; `memory` when left out. */
  readonly origin?: string;
  readonly files: Readonly<Record<string, string>>;
}

/** `draft`: blanks allowed (no `required`); `final`: everything the schemas require must be there. */
export type ValidationMode = "draft" | "final";

/** A compiled validation function, as Ajv (runtime or standalone) produces it. */
export interface CompiledValidateFunction {
  (data: unknown): boolean;
  errors?: readonly unknown[] | null;
}

/**
 * The pieces a submission schema is validated in (see submission/split.ts): each piece's schema
 * pointer in the final submission schema, and the piece it was cut out of (-1 for the first, the whole).
 */
export interface SplitPlan {
  readonly points: readonly { readonly at: string; readonly parent: number }[];
}

/** The validate function of each piece of a plan, in the plan's order. */
export interface SplitValidators {
  readonly plan: SplitPlan;
  readonly functions: readonly CompiledValidateFunction[];
  /**
   * `composeSplit` (submission/compose.ts) as the module carries it: a validator that remembers
   * errors per object composes its own `final` from the pieces with it, so that a page validating
   * a built form never loads the composition from the library. Without it the form is validated whole.
   * With `draft`, it leaves out the parts' `required` errors, which `deriveDraft` would drop (a module
   * written by an older `cluster-form build` ignores it: `deriveDraft` still drops them).
   */
  readonly compose?: (plan: SplitPlan, functions: readonly CompiledValidateFunction[], remember: boolean, draft?: boolean) => CompiledValidateFunction;
  /** `deriveDraft` (submission/draft.ts) as the module carries it: the draft function of a composed `final`. */
  readonly deriveDraft?: (final: CompiledValidateFunction) => CompiledValidateFunction;
}

/** The module that `compileStandaloneValidators` writes, once imported. */
export interface PrecompiledValidators {
  readonly draft: CompiledValidateFunction;
  readonly final: CompiledValidateFunction;
  /** The pieces `final` is made of, where the form is validated in pieces: for incremental validation. */
  readonly split?: SplitValidators;
  /**
   * The form's limits on a submission (`submissionLimits`: its largest submission, 64 levels of
   * nesting), computed when the functions were made, so that validating needs no walk of the schemas.
   */
  readonly limits?: { readonly maxBytes: number; readonly maxDepth: number };
}

export interface SubmissionValidator {
  /** Every problem in `data`, as findings with the field's pointer, label and message; `[]` when valid. */
  validate(data: unknown, mode: ValidationMode): DataFinding[];
}
