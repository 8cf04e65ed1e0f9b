/** UI strings of the rule test runner. The wording is in ./rule-tests.zh.ts and ./rule-tests.en.ts, which import only this file. */

export interface RuleTestsCatalog {
  readonly pass: string;
  readonly fail: string;
  expectedGot(expected: string, actual: string): string;
  notFound(expected: string, actual: string): string;
  unknownCriterion(id: string): string;
  unknownPart(id: string): string;
  unknownColumn(id: string): string;
  crashed(detail: string): string;
  /** Words for what an expectation is about, beside the form's labels (./testing/subject.ts). */
  readonly subject: {
    readonly ruleScore: string;
    readonly total: string;
    readonly completeness: string;
    readonly vetoed: string;
    readonly notApplicable: string;
    readonly findings: string;
  };
  readonly coverage: {
    covered(criteria: number, ofCriteria: number, branches: number, ofBranches: number): string;
    readonly uncoveredCriteria: string;
    readonly uncoveredBranches: string;
    criterion(id: string, label: string): string;
    branch(id: string, label: string, branch: number, text: string): string;
  };
  readonly file: {
    notAnObject: string;
    noCases: string;
    caseNotAnObject: string;
    missingKey(key: string): string;
    unknownExpectKey(key: string, known: string): string;
    notText(key: string): string;
  };
}
