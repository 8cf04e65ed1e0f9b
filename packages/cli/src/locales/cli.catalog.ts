/** The UI strings of the `cluster-form` command. The wording is in ./cli.zh.ts and ./cli.en.ts, which import only this file and the command's types. */
import type { CommandHelp } from "../types.js";

export interface CliCatalog {
  readonly program: string;
  readonly usage: string;
  readonly commandsHeading: string;
  readonly optionsHeading: string;
  readonly examplesHeading: string;
  readonly globalOptions: { readonly help: string; readonly lang: string; readonly version: string };
  readonly moreHelp: string;
  unknownCommand(name: string): string;
  missingArgument(name: string): string;
  tooManyArguments(extra: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  badOption(detail: string): string;
  internalError(detail: string): string;
  readonly debugHint: string;
  formUnreadable(dir: string): string;
  fileUnreadable(path: string, reason: string): string;
  notJson(file: string): string;
  inputTooLarge(file: string, limit: number): string;
  inputTooManyValues(file: string, limit: number): string;
  findingSummary(errors: number, warnings: number, infos: number): string;
  readonly noFindings: string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly commands: {
    readonly lint: CommandHelp;
    readonly test: CommandHelp;
    readonly score: CommandHelp;
    readonly diff: CommandHelp;
    readonly newYear: CommandHelp;
    readonly preview: CommandHelp;
    readonly edit: CommandHelp;
    readonly build: CommandHelp;
    readonly help: CommandHelp;
  };
  readonly test: {
    noCases(dir: string): string;
    /** `test --update`: proposing new expectations case by case. */
    readonly update: {
      readonly none: string;
      readonly needPerson: string;
      question(name: string): string;
      /** The answers that accept a proposal, in lower case; anything else declines it. */
      readonly yes: readonly string[];
      written(cases: number, files: number): string;
      readonly notWritten: string;
    };
  };
  readonly score: {
    readonly criterion: string;
    readonly points: string;
    readonly explanation: string;
    readonly stepSeparator: string;
    readonly subtotal: string;
    readonly total: string;
    readonly vetoed: string;
    readonly notVetoed: string;
    readonly vetoUndecided: string;
    completeness(percent: number): string;
    readonly findingsHeading: string;
    readonly valid: string;
    readonly invalid: string;
    /** The last line of a valid submission that is vetoed: valid data, failed assessment. */
    readonly validButVetoed: string;
    failedOn(condition: "invalid" | "veto" | "incomplete"): string;
    readonly status: Readonly<Record<string, string>>;
    badLine(line: number): string;
  };
  readonly newYear: {
    created(dir: string, files: number): string;
    readonly reviewHeading: (years: readonly number[]) => string;
    readonly nothingToReview: string;
    readonly tests: {
      heading(folder: string, files: number, cases: number): string;
      datesMoved(years: number): string;
      mentions(count: number, years: readonly number[]): string;
      names(years: readonly number[]): string;
    };
    readonly errors: {
      destinationExists(dir: string): string;
      sourceMissing(file: string): string;
      manifestUnreadable(file: string): string;
      badYear(year: string): string;
    };
  };
  readonly build: { wrote(file: string, bytes: number): string; refused: string };
  /** The one progress line shown on a terminal during long work. */
  readonly progress: {
    submissions(count: number, perSecond: number): string;
    reading(file: string): string;
  };
  readonly preview: {
    serving(url: string, form: string): string;
    readonly refused: string;
    readonly noDemo: string;
    notBuilt(file: string): string;
    badPort(port: string): string;
    portTaken(port: string): string;
  };
  readonly edit: {
    serving(url: string, form: string): string;
    notAFolder(dir: string): string;
  };
}
