/**
 * The one place the evaluator meets schema validation: @cluster-form/schema's
 * `createSubmissionValidator`, unless the caller passes its own (e.g. precompiled validators
 * under a strict CSP).
 */
import { createSubmissionValidator, type DataFinding, type FormPackage, type SubmissionValidator } from "@cluster-form/schema";

/** `incremental`: validate again only the parts and rows whose objects changed (see the evaluator's option). */
export function defaultValidator(pkg: FormPackage, incremental = false): SubmissionValidator {
  return createSubmissionValidator(pkg, { incremental });
}

/**
 * Schema findings, without those the evaluator says better: fields that do not apply, and
 * score cells the evaluator itself reports on (it names the criterion's actual range).
 */
export function keptSchemaFindings(
  findings: readonly DataFinding[],
  notApplicable: readonly string[],
  evaluatorFindings: readonly DataFinding[],
  isWithin: (pointer: string, prefixes: readonly string[]) => boolean,
): DataFinding[] {
  const scorePointers = new Set(evaluatorFindings.filter((f) => f.pointer.startsWith("/scores/")).map((f) => f.pointer));
  return findings.filter((f) => !scorePointers.has(f.pointer) && !(notApplicable.length > 0 && isWithin(f.pointer, notApplicable)));
}
