/** Lookups into an evaluation result by submission pointer, built once per evaluation. */
import type { DataFinding } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";

export interface ResultIndex {
  readonly findings: ReadonlyMap<string, readonly DataFinding[]>;
  readonly notApplicable: ReadonlySet<string>;
  /**
   * A digest of what the result says about one part (its criteria, findings, fields that do not
   * apply): with the part's data and its widgets' `dependsOn`, it tells whether the part must be
   * drawn again (typing in one table of a long form leaves the other tables alone).
   */
  readonly partDigest: (partId: string) => string;
}

const partOfPointer = (pointer: string): string | undefined => (pointer.startsWith("/data/") ? pointer.split("/")[2] : undefined);

export function indexResult(result: EvaluationResult | undefined): ResultIndex {
  const findings = new Map<string, DataFinding[]>();
  const byPart = new Map<string, unknown[]>();
  const add = (part: string | undefined, item: unknown): void => {
    if (part === undefined) return;
    const list = byPart.get(part);
    if (list) list.push(item);
    else byPart.set(part, [item]);
  };
  for (const finding of result?.findings ?? []) {
    const list = findings.get(finding.pointer);
    if (list) list.push(finding);
    else findings.set(finding.pointer, [finding]);
    add(finding.part ?? partOfPointer(finding.pointer), finding);
  }
  for (const pointer of result?.notApplicable ?? []) add(partOfPointer(pointer), pointer);
  for (const criterion of result?.criteria ?? []) add(criterion.part, criterion);
  const digests = new Map<string, string>();
  return {
    findings,
    notApplicable: new Set(result?.notApplicable ?? []),
    partDigest(partId) {
      let digest = digests.get(partId);
      if (digest === undefined) {
        digest = JSON.stringify(byPart.get(partId) ?? []);
        digests.set(partId, digest);
      }
      return digest;
    },
  };
}

/** Whether a pointer, or a field or row that contains it, does not apply. */
export function isNotApplicable(index: ResultIndex, pointer: string): boolean {
  if (index.notApplicable.size === 0) return false;
  for (let p = pointer; p.length > 0; p = p.slice(0, p.lastIndexOf("/"))) if (index.notApplicable.has(p)) return true;
  return false;
}
