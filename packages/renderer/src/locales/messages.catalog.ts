/**
 * The UI strings of the element: buttons, generic messages, headings it adds itself.
 * The wording is in ./zh-CN.ts and ./en.ts, which import only this file.
 */
export interface Messages {
  readonly loading: string;
  readonly loadFailed: (reason: string) => string;
  readonly noForm: string;
  readonly evaluatorFailed: (reason: string) => string;
  readonly cspHint: string;
  readonly contents: string;
  readonly toolbar: string;
  readonly validate: string;
  readonly submit: string;
  readonly print: string;
  readonly reset: string;
  readonly resetConfirm: string;
  readonly exportExcel: string;
  readonly importExcel: string;
  readonly role: string;
  readonly total: string;
  /** Between a label and its value. */
  readonly colon: string;
  /** Between items of a list written as one line. */
  readonly listSeparator: string;
  readonly columnTotal: (column: string) => string;
  readonly points: (n: number) => string;
  readonly completeness: string;
  readonly partProgress: (title: string, percent: number) => string;
  readonly blanks: (n: number) => string;
  readonly noBlanks: string;
  readonly findings: (n: number) => string;
  readonly valid: string;
  readonly vetoed: string;
  readonly notApplicable: string;
  readonly fileRemove: (name: string) => string;
  readonly fileTooLarge: (name: string, limit: string) => string;
  readonly fileUnreadable: (name: string) => string;
  readonly computedScore: string;
  readonly explain: string;
  readonly explainInputs: string;
  readonly explainSteps: string;
  readonly held: string;
  readonly notHeld: string;
  readonly range: (min: number, max: number) => string;
  readonly subtotal: string;
  readonly criterionHeader: string;
  readonly textHeader: string;
  readonly pointsHeader: string;
  readonly rowNumber: string;
  readonly rowActions: string;
  readonly addRow: string;
  /** The add-row button's accessible name: which table it adds to. */
  readonly addRowTo: (table: string) => string;
  readonly removeRow: (n: number) => string;
  readonly moveUp: (n: number) => string;
  readonly moveDown: (n: number) => string;
  readonly rowLabel: (n: number) => string;
  readonly rowsFull: (max: number) => string;
  readonly pasted: (rows: number) => string;
  readonly noRows: string;
  readonly pasteHint: string;
  readonly charCount: (n: number, max: number | undefined) => string;
  readonly sharedCount: (n: number, max: number) => string;
  readonly overLimit: string;
  readonly yes: string;
  readonly no: string;
  readonly choose: string;
  readonly blank: string;
  readonly draftRestored: (when: string) => string;
  readonly draftOtherVersion: (version: string, when: string) => string;
  readonly draftDiscard: string;
  readonly draftLoad: string;
  readonly draftKeep: string;
  readonly storageFailed: (reason: string) => string;
  /** The saved draft could not be read; it was kept under `backupKey` in the browser's storage. */
  readonly draftSetAside: (backupKey: string) => string;
  /** The saved draft could not be read nor moved aside: autosave is paused so that it is not overwritten. */
  readonly draftSetAsideFailed: (reason: string) => string;
  readonly draftDownload: string;
  readonly saved: (when: string) => string;
  readonly autosaveOff: string;
  readonly unsupportedBlock: (widget: string) => string;
  readonly submitted: string;
  /** Submit refused: how many problems, and `where` (the parts, from `problemsInPart`). */
  readonly submitBlocked: (n: number, where: string) => string;
  /** The check's outcome when it found problems. */
  readonly checkProblems: (n: number, where: string) => string;
  /** One part in the list of where the problems are. */
  readonly problemsInPart: (part: string, n: number) => string;
  /** Under the listed problems, those not listed. */
  readonly moreProblems: (n: number) => string;
  /** A table's box that scrolls sideways: its accessible name, and the cue shown above it. */
  readonly scrollRegion: (table: string) => string;
  readonly scrollCue: string;
  /** The contents entry of a part with nothing for this role to fill. */
  readonly nothingRequired: string;
  /** A date as the paper copy prints it (2021年1月15日). */
  readonly printDate: (year: number, month: number, day: number) => string;
  readonly dismiss: string;
}
