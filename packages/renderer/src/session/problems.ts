/** The problems a Check or a refused Submit reports: each finding with the title of the part it is in. */
import type { DataFinding, FormPackage } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { Messages } from "../locales/index.js";

export interface Problem {
  readonly finding: DataFinding;
  /** The title of the part it is in. */
  readonly part: string;
}

/** The title of the part a finding's pointer is in (`/data/<part>/…` or `/scores/<criterion>/…`). */
function partTitleOf(pointer: string, pkg: FormPackage, result: EvaluationResult | undefined): string {
  const [, root, key] = pointer.split("/");
  const partId = root === "scores" ? result?.criteria.find((c) => c.id === key)?.part : root === "data" ? key : undefined;
  return pkg.parts.find((p) => p.ref.id === partId)?.ref.title ?? "";
}

export function problemsOf(findings: readonly DataFinding[], pkg: FormPackage, result: EvaluationResult | undefined): readonly Problem[] {
  return findings.map((finding) => ({ finding, part: partTitleOf(finding.pointer, pkg, result) }));
}

/** Each part with problems, in the form's order, with its count ("Table 1 (2), Table 6 (4)"). */
export function partsSummary(problems: readonly Problem[], msg: Messages): string {
  const counts = new Map<string, number>();
  for (const { part } of problems) if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
  return [...counts].map(([part, n]) => msg.problemsInPart(part, n)).join(msg.listSeparator);
}
