/**
 * The editing library's refusals: every key with its parameters.
 * The wording is in ./edits.zh.ts and ./edits.en.ts, which import only this file.
 */
export interface EditsCatalog {
  fileMissing(file: string): string;
  fileExists(file: string): string;
  nothingAt(file: string, pointer: string): string;
  notANumber(file: string, pointer: string): string;
  readonly thresholdNotNumber: string;
  noPart(part: string): string;
  noSchema(part: string): string;
  noList(part: string, pointer: string): string;
  noObject(part: string, pointer: string): string;
  noCriterion(id: string): string;
  keyTaken(key: string): string;
  noColumns(label: string): string;
  noValidityColumns(label: string): string;
  noCountFor(label: string): string;
  notEnoughPoints(id: string, points: number): string;
  noPoints(points: number): string;
  changedOutside(file: string): string;
  outsideFolder(file: string): string;
  judgementRange(min: number, max: number): string;
}
