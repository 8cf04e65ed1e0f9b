/**
 * Words the Excel import/export writes into sheets and the reasons it gives for problems.
 * The wording is in ./excel.zh.ts and ./excel.en.ts, which import only this file and a formatting helper (../byte-size.ts).
 */

/** Fixed words written into workbooks. */
export interface SheetWords {
  readonly serial: string;
  readonly totalRow: string;
  readonly yes: string;
  readonly no: string;
  /** Joins the items of a list written into one cell. */
  readonly listSeparator: string;
  readonly scoresSheet: string;
  readonly part: string;
  readonly criterion: string;
  readonly points: string;
  /** Header of the column that shows the score that counts, for one score column. */
  readonly counted: (scoreColumn: string) => string;
  /** Header of the column that holds the written reasons of one score column's changed scores. */
  readonly reason: (scoreColumn: string) => string;
  readonly partTotal: (part: string) => string;
  readonly grandTotal: string;
  readonly vetoed: string;
  readonly invalidSheet: string;
  readonly source: string;
  readonly pointer: string;
  readonly field: string;
  readonly problem: string;
  /** The label followed by its unit in brackets. */
  readonly withUnit: (label: string, unit: string) => string;
  /** A field inside an object field: parent label, separator, child label. */
  readonly nested: (parent: string, child: string) => string;
  /** Printed page footer, in Excel's header/footer codes (&P page, &N pages). */
  readonly pageFooter: string;
  /** Shown by Excel when a value not in a drop-down list is typed. */
  readonly chooseFromList: string;
}

export interface ProblemParamsMap {
  "excel.empty": { sheet: string };
  "excel.noSheet": { part: string };
  "excel.noHeader": { expected: string };
  "excel.unknownColumn": { header: string; expected: string };
  "excel.duplicateColumn": { header: string };
  "excel.missingColumn": { header: string };
  "excel.notANumber": { text: string };
  "excel.notAnInteger": { value: number };
  "excel.notAChoice": { text: string; choices: string };
  "excel.notYesNo": { text: string };
  "excel.notADate": { text: string };
  "excel.notJson": { text: string };
  "excel.cellError": { text: string };
  "excel.tooManyRows": { max: number };
  "excel.unknownRow": { label: string };
  "excel.unknownCriterion": { id: string };
  "excel.notJsonPointer": { text: string };
  "excel.notAnArray": { pointer: string };
  "excel.unknownPart": { part: string };
  "excel.unreadable": { detail: string };
  "excel.otherForm": { found: string; expected: string };
  "excel.notASubmission": Record<string, never>;
  "excel.ruleFailed": { column: string; detail: string };
  "excel.wrongType": { column: string; expected: string; value: string };
  "excel.moreProblems": { count: number };
  "excel.unnamedColumn": { column: string };
  "excel.totalRow": Record<string, never>;
  "excel.tooLarge": { size: number; limit: number };
  "excel.fileTooLarge": { size: number; limit: number };
  "excel.tooManyEntries": { count: number; limit: number };
  "excel.sizeLie": { entry: string; declared: number };
  "excel.notZip": { detail: "notZip" | "zip64" | "corrupt" | "method" | "inflate" };
  "excel.tooDeep": { max: number };
  "excel.rowInvalid": { row: number; column: string; detail: string };
  "excel.uncheckedRows": { detail: string };
}

export type ProblemCode = keyof ProblemParamsMap;

export type ProblemCatalog = { readonly [K in ProblemCode]: (params: ProblemParamsMap[K]) => string };

export interface ExcelCatalog {
  readonly words: SheetWords;
  readonly problems: ProblemCatalog;
}
