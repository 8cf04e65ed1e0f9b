/**
 * Caps on what one place of a result lists, so that a result's size is bounded by the form
 * whatever the submission holds: past the cap, one finding says how many more there are.
 */
import type { DataFinding, Severity } from "@cluster-form/schema";
import { say } from "../locales/evaluation.js";
import type { PreparedForm } from "./prepared.js";

/** Findings listed per place: a part's data, the scores, or the submission's envelope. */
export const MAX_FINDINGS_PER_PLACE = 200;
/** Blank required fields listed per part; `required` and `filled` still count them all. */
export const MAX_BLANKS_PER_PART = 1000;

const RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

/** The place a finding belongs to: its part, else the first segment of its pointer (`/scores`, `/form`). */
function placeOf(finding: DataFinding): string {
  if (finding.part !== undefined) return `/data/${finding.part}`;
  const second = finding.pointer.indexOf("/", 1);
  return second < 0 ? finding.pointer : finding.pointer.slice(0, second);
}

interface Omitted {
  count: number;
  severity: Severity;
  readonly part: string | undefined;
}

/** The findings with at most MAX_FINDINGS_PER_PLACE per place, in order, each place's overflow counted at its end. */
export function capFindings(findings: readonly DataFinding[], form: PreparedForm): DataFinding[] {
  if (findings.length <= MAX_FINDINGS_PER_PLACE) return [...findings];
  const listed = new Map<string, number>();
  const omitted = new Map<string, Omitted>();
  const kept: DataFinding[] = [];
  for (const finding of findings) {
    const place = placeOf(finding);
    const count = listed.get(place) ?? 0;
    if (count < MAX_FINDINGS_PER_PLACE) {
      listed.set(place, count + 1);
      kept.push(finding);
      continue;
    }
    const over = omitted.get(place);
    if (over) {
      over.count += 1;
      if (RANK[finding.severity] > RANK[over.severity]) over.severity = finding.severity;
    } else omitted.set(place, { count: 1, severity: finding.severity, part: finding.part });
  }
  for (const [place, over] of omitted) {
    const title = over.part === undefined ? undefined : form.parts.find((part) => part.id === over.part)?.title;
    kept.push({
      code: "findings-more",
      severity: over.severity,
      pointer: place,
      message: say("finding.more", { count: over.count, place: title ?? (place || "/") }),
      ...(over.part === undefined ? {} : { part: over.part }),
    });
  }
  return kept;
}
