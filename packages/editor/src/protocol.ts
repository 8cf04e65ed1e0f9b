/**
 * What the editor's server and page say to each other (JSON over HTTP): shared by both, so the page's
 * bundle needs no server code.
 */
import type { DefinitionFinding, LocalizedMessage } from "@cluster-form/schema";
import type { ExpectationUpdate, FormChange, RuleCoverage } from "@cluster-form/rules";
import type { AddColumnArgs, AddFieldArgs, EditResult, ListCriterionArgs, MovePointsArgs } from "./edits/types.js";

/** A form file as on disk, with the hash a save names to say which version it was edited from. */
export interface FileState {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

export interface TestCaseOutcome {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly passed: boolean;
  /** `subject`: what the path is about, in the form's words (part › criterion · score column). */
  readonly mismatches: readonly { readonly path: string; readonly subject?: LocalizedMessage; readonly expected: unknown; readonly actual: unknown }[];
  readonly error?: string;
}

export interface TestsOutcome {
  readonly passed: number;
  readonly failed: number;
  readonly cases: readonly TestCaseOutcome[];
  readonly coverage: RuleCoverage | null;
  /** The expectations that would make failing cases pass, case by case, for the officer to accept or not (as `test --update`). */
  readonly updates: readonly ExpectationUpdate[];
}

export interface DiffLine {
  readonly kind: FormChange["kind"];
  readonly part: string | null;
  readonly text: LocalizedMessage;
}

export interface SampleScores {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly submission: unknown;
  readonly criteria: readonly { readonly id: string; readonly part: string; readonly label: string; readonly points: number; readonly computed: number | null }[];
  readonly total: number | null;
  readonly maxTotal: number;
}

export interface CheckResult {
  /** Whether the form loaded: when not, only `findings` (why) is filled. */
  readonly loaded: boolean;
  readonly findings: readonly DefinitionFinding[];
  readonly tests: TestsOutcome | null;
  readonly diff: { readonly changes: readonly DiffLine[] } | null;
  /** The test cases that can serve as the preview's sample, in file order. */
  readonly samples: readonly { readonly file: string; readonly index: number; readonly name: string }[];
  readonly sample: SampleScores | null;
}

export type SaveOutcome =
  | { readonly status: "saved"; readonly files: readonly FileState[] }
  | { readonly status: "conflict"; readonly conflicts: readonly { readonly path: string; readonly disk: FileState | null }[] }
  | { readonly status: "refused"; readonly refused: readonly { readonly path: string; readonly findings: readonly DefinitionFinding[] }[] };


/**
 * A scaffold the page asks the server to run on its unsaved texts (the server makes the new ids from
 * the Chinese labels, so the page carries no pinyin dictionary).
 */
export type ScaffoldRequest =
  | { readonly kind: "listCriterion"; readonly args: ListCriterionArgs }
  | { readonly kind: "field"; readonly args: AddFieldArgs }
  | { readonly kind: "column"; readonly args: AddColumnArgs }
  | { readonly kind: "movePoints"; readonly args: MovePointsArgs };

export type ScaffoldOutcome =
  | { readonly status: "done"; readonly result: EditResult }
  | { readonly status: "refused"; readonly findings: readonly DefinitionFinding[] };
