/**
 * Submissions copied with a form (rule test cases in tests/*.json, example submissions) name the
 * form they were filled for: `"form": {"id", "version"}`. Moving them with the form keeps
 * `cluster-form test` passing on the copy, instead of reporting every case as filled for another form.
 */
import { isRecord } from "@cluster-form/schema";
import type { JsonEdit } from "./edit-json.js";

/** Nesting deeper than this is not searched (test files nest about 6 levels). */
const MAX_DEPTH = 32;

export interface FormIdentity {
  readonly id: string;
  readonly version: string;
}

export interface EnvelopeEdit extends JsonEdit {
  readonly from: string;
  readonly to: string;
}


/** Edits moving every `"form": {"id": <old id>, "version"}` in a parsed JSON document to the new identity. */
export function envelopeEdits(document: unknown, from: FormIdentity, to: FormIdentity): EnvelopeEdit[] {
  const edits: EnvelopeEdit[] = [];
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (path.length > MAX_DEPTH || typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    for (const key of Object.keys(node)) {
      const value = (node as Record<string, unknown>)[key];
      if (key === "form" && isRecord(value) && Object.hasOwn(value, "id") && value.id === from.id) {
        edits.push({ path: [...path, key, "id"], value: to.id, from: from.id, to: to.id });
        // Only a version that named the old form moves: another one was deliberately different (a test of the mismatch).
        if (Object.hasOwn(value, "version") && value.version === from.version) {
          edits.push({ path: [...path, key, "version"], value: to.version, from: from.version, to: to.version });
        }
        continue;
      }
      walk(value, [...path, key]);
    }
  };
  walk(document, []);
  return edits;
}
