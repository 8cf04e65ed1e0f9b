/**
 * Submissions at the edge of what their form can hold: every attachment at its largest (the
 * largest legitimate submission the tests send), or padded to an exact size by the validator's measure.
 */
import type { DataSchema, FormPackage } from "@cluster-form/schema";
import { exceedsLimits, MAX_SUBMISSION_DEPTH } from "../../packages/schema/src/submission/size.js";

/** Texts longer than this are the forms' attachments (data URLs); every other text is far shorter. */
const ATTACHMENT_LENGTH = 1_000_000;
const PREFIX = "data:application/pdf;base64,";

/**
 * A copy of `submission` with every text the form lets run past a million characters (the
 * attachments' data URLs) at its maximum, and the number of characters they hold.
 */
export function withFullAttachments<T extends { data: Record<string, Record<string, unknown>> }>(pkg: FormPackage, submission: T): { submission: T; characters: number } {
  const copy = structuredClone(submission);
  let characters = 0;
  const fill = (schema: DataSchema, target: Record<string, unknown>): void => {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (typeof property !== "object") continue;
      const maxLength = property.maxLength ?? 0;
      if (property.type === "string" && maxLength > ATTACHMENT_LENGTH) {
        target[key] = PREFIX + "A".repeat(maxLength - PREFIX.length);
        characters += maxLength;
      } else if (property.type === "object" && property.properties) {
        const inner = (target[key] ??= {}) as Record<string, unknown>;
        fill(property as DataSchema, inner);
        if (Object.keys(inner).length === 0) delete target[key];
      }
    }
  };
  for (const part of pkg.parts) if (part.schema) fill(part.schema, (copy.data[part.ref.id] ??= {}));
  return { submission: copy, characters };
}

/** The size the submission validator measures `data` at: the least `maxBytes` it does not refuse. */
function measuredBytes(data: unknown): number {
  let low = 0;
  let high = 2 ** 31;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (exceedsLimits(data, { maxBytes: middle, maxDepth: MAX_SUBMISSION_DEPTH }) === "size") low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A copy of `submission` with an ASCII text under `data.padding`, so that the validator measures it at exactly `bytes`. */
export function paddedTo<T extends { data: Record<string, unknown> }>(submission: T, bytes: number): T {
  const copy = structuredClone(submission);
  copy.data["padding"] = "";
  // An ASCII character is one byte of the measure, once the text is measured exactly.
  copy.data["padding"] = "x".repeat(bytes - measuredBytes(copy));
  return copy;
}
