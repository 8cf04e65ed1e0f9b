/**
 * The words of the editor's page: every key with its parameters.
 * The wording is in ./editor.zh.ts and ./editor.en.ts, which import only this file.
 */
export interface EditorMessages {
  /** A name with a note after it in parentheses (a unit, a kind, points). */
  aside(text: string, note: string): string;
  /** Items named one after another. */
  list(...items: readonly string[]): string;
  readonly app: {
    readonly title: string;
    readonly noScript: string;
    readonly loading: string;
    readonly loadFailed: (detail: string) => string;
    readonly language: string;
    /** This language's name in itself, for the language switch. */
    readonly languageName: string;
    readonly formFolder: (folder: string) => string;
    readonly baseFolder: (folder: string) => string;
    readonly noBase: string;
  };
  readonly toolbar: {
    readonly undo: string;
    readonly redo: string;
    readonly save: string;
    readonly saving: string;
    readonly saved: string;
    readonly unsaved: (files: number) => string;
    readonly allSaved: string;
    /** A value typed into a box that writes when left, not written yet (no file counts it yet). */
    readonly typedNotWritten: string;
    /** Raw JSON-Logic drafts changed and not applied (in no file yet). */
    readonly draftsNotApplied: (drafts: number) => string;
    /** Undo, redo or taking a file from disk refused: it would remove or change a rule whose raw JSON-Logic draft is not applied. */
    readonly draftInTheWay: (action: string) => string;
    readonly checking: string;
    readonly otherTab: string;
  };
  readonly outline: {
    readonly heading: string;
    readonly points: (points: number) => string;
    readonly total: (sum: number, total: number) => string;
    readonly findings: (count: number) => string;
  };
  readonly part: {
    readonly title: string;
    readonly points: string;
    readonly fields: string;
    readonly texts: string;
    readonly computed: string;
    readonly criteria: string;
    readonly noCriteria: string;
    readonly unreadable: string;
  };
  readonly field: {
    readonly label: string;
    readonly unit: string;
    readonly choices: string;
    readonly choiceLabel: (value: string) => string;
    readonly columns: (label: string) => string;
    readonly kinds: Readonly<Record<string, string>>;
    readonly path: (path: string) => string;
  };
  readonly criterion: {
    readonly label: string;
    readonly points: string;
    readonly text: string;
    readonly method: string;
    readonly methods: { readonly first: string; readonly sum: string };
    readonly branches: string;
    readonly branch: (n: number) => string;
    readonly branchText: string;
    readonly branchPoints: string;
    readonly judgement: (min: number, max: number) => string;
    readonly always: string;
    readonly condition: string;
  };
  readonly shape: {
    readonly subject: string;
    readonly comparison: string;
    readonly threshold: string;
    readonly answer: string;
    readonly yes: string;
    readonly no: string;
    readonly all: string;
    readonly any: string;
    readonly not: string;
    readonly count: (list: string) => string;
    readonly validIn: string;
    readonly dateInYear: string;
    readonly sum: string;
    readonly columnSum: (list: string, column: string) => string;
    readonly growth: (from: string, to: string) => string;
    readonly length: string;
    readonly filled: string;
    readonly perItem: string;
    readonly perItemPoints: string;
    readonly min: string;
    readonly cap: string;
    readonly answerIn: string;
    readonly ops: Readonly<Record<string, string>>;
    readonly raw: string;
    readonly rawHelp: string;
    readonly rawApply: string;
    /** Takes the raw editor's draft back to the rule as it stands in the form. */
    readonly rawDiscard: string;
    readonly rawInvalid: (detail: string) => string;
    readonly rawUnknownPath: (path: string) => string;
    readonly editRaw: string;
    readonly list: string;
    readonly withinPeriod: string;
    readonly period: string;
    readonly periodOption: (from: string, until: string) => string;
    readonly countedWhen: string;
    readonly noPeriod: (list: string) => string;
    readonly term: (index: number) => string;
    readonly addTerm: string;
    readonly removeTerm: (label: string) => string;
    readonly column: string;
    readonly growthFrom: string;
    readonly growthTo: string;
    readonly text: string;
    readonly date: string;
    readonly cases: string;
    readonly caseText: (condition: string) => string;
    readonly otherwise: string;
    readonly judgementMin: string;
    readonly judgementMax: string;
    readonly unit: (unit: string) => string;
    readonly pointsUnit: string;
    readonly reads: string;
    readonly comparedWith: string;
    readonly filledOf: string;
    readonly notAField: string;
    readonly otherRules: string;
    readonly applicability: (field: string) => string;
    readonly check: (message: string) => string;
    readonly veto: (reason: string) => string;
    readonly vetoDecided: (reason: string) => string;
    readonly summarySheet: string;
    readonly summaryColumn: (label: string) => string;
  };
  readonly proposal: {
    readonly heading: string;
    readonly change: (before: string, after: string) => string;
    readonly apply: string;
    readonly skip: string;
    /** Said (live region) when proposals appear beside the rule that was changed. */
    readonly announce: (count: number) => string;
  };
  readonly scaffold: {
    readonly menu: string;
    readonly addListCriterion: string;
    readonly addField: string;
    readonly addColumn: string;
    readonly movePoints: string;
    readonly part: string;
    readonly listLabel: string;
    readonly criterionLabel: string;
    readonly criterionPoints: string;
    readonly criterionText: string;
    readonly otherwiseText: string;
    readonly otherwiseDefault: string;
    readonly comparison: string;
    readonly threshold: string;
    readonly unit: string;
    readonly withinValidity: string;
    readonly takeFrom: string;
    readonly takeNone: string;
    readonly takePoints: string;
    readonly testName: string;
    readonly fieldLabel: string;
    readonly fieldKind: string;
    readonly required: string;
    readonly list: string;
    readonly columnLabel: string;
    readonly from: string;
    readonly to: string;
    readonly points: string;
    readonly create: string;
    readonly cancel: string;
    readonly failed: (detail: string) => string;
    readonly done: (files: number) => string;
  };
  readonly panels: {
    readonly findings: string;
    readonly tests: string;
    readonly preview: string;
    readonly diff: string;
    readonly noFindings: string;
    readonly findingAt: (file: string, line: number, column: number) => string;
    readonly severities: { readonly error: string; readonly warning: string; readonly info: string };
    readonly testsSummary: (passed: number, failed: number) => string;
    readonly noTests: string;
    readonly passed: string;
    readonly failed: string;
    readonly mismatch: (subject: string, expected: string, actual: string) => string;
    readonly uncoveredCriteria: string;
    readonly uncoveredBranches: string;
    readonly allCovered: string;
    readonly branchOf: (label: string, branch: number, text: string) => string;
    readonly sample: string;
    readonly sampleScores: string;
    readonly sampleTotal: (total: string, max: number) => string;
    readonly noSample: string;
    readonly criterionScore: (label: string, score: string, points: number) => string;
    readonly noBase: string;
    readonly noDiff: string;
    readonly formBroken: string;
    readonly acceptUpdate: string;
    readonly updateChange: (path: string, from: string, to: string) => string;
    readonly testsFailedTab: (failed: number) => string;
    readonly editCase: string;
    readonly goTo: string;
  };
  /** The tests panel's boxes of one test case's submitted data. */
  readonly cases: {
    readonly heading: string;
    readonly pick: string;
    readonly choose: string;
    readonly failedName: (name: string) => string;
    readonly passes: string;
    readonly fails: string;
    readonly notFilled: string;
    readonly item: (n: number) => string;
    readonly addItem: (list: string) => string;
    /** The add-item button's visible text (its full name, `addItem`, contains it). */
    readonly addItemShort: string;
    readonly removeItem: (n: number) => string;
    readonly tooMany: (shown: number, total: number) => string;
    readonly inFile: (label: string) => string;
    readonly addPart: string;
    readonly choosePart: string;
  };
  readonly save: {
    readonly refused: (file: string) => string;
    /** Save pressed while a raw JSON-Logic draft is not applied: nothing saved, and what to do. */
    readonly draftNotApplied: string;
    readonly conflict: string;
    readonly conflictFile: (file: string) => string;
    readonly deletedOnDisk: string;
    readonly diskVersion: string;
    readonly takeDisk: string;
    readonly keepMine: string;
    readonly failed: (detail: string) => string;
  };
}
