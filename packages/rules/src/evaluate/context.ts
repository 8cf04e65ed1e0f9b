/**
 * The one context every rule of an evaluation reads:
 * `{ <part id>: data, $form: {id, version, year}, $computed: {…} }`, built from a null-prototype
 * copy of the submission's data, so that rules never touch the submission itself.
 */
import { parsePointer, type FormPackage } from "@cluster-form/schema";
import { toSafeData } from "../logic/index.js";

export type Context = Record<string, unknown>;

export interface EvaluationContext {
  readonly context: Context;
  /** Array items in the data: the rows of the work budget. */
  readonly rows: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function buildContext(pkg: FormPackage, data: unknown): EvaluationContext {
  const safe = toSafeData(isRecord(data) ? data : {});
  const copy = safe.data as Record<string, unknown>;
  const context = Object.create(null) as Context;
  // Only the form's parts: a data key named "$form" or "$computed" cannot stand in for the real ones.
  for (const part of pkg.parts) {
    if (Object.hasOwn(copy, part.ref.id)) context[part.ref.id] = copy[part.ref.id];
  }
  const form = Object.create(null) as Record<string, unknown>;
  form.id = pkg.manifest.id;
  form.version = pkg.manifest.version;
  form.year = pkg.manifest.year;
  context.$form = form;
  context.$computed = Object.create(null) as Record<string, unknown>;
  return { context, rows: safe.rows };
}

/** Store a computed value under `$computed`, at its id split on dots (`segments`, split once when the form is prepared). */
export function setComputed(context: Context, segments: readonly string[], value: unknown): void {
  let node = context.$computed as Record<string, unknown>;
  const last = segments[segments.length - 1] ?? "";
  for (let index = 0; index < segments.length - 1; index += 1) {
    const segment = segments[index] as string;
    if (!Object.hasOwn(node, segment)) node[segment] = Object.create(null) as Record<string, unknown>;
    const next = node[segment];
    // An id that is also a prefix of another id (lint reports it): the first one stored wins.
    if (!isRecord(next)) return;
    node = next;
  }
  node[last] = value;
}

/** Remove the value at a submission pointer (`/data/<part>/…`) from the context: fields that do not apply are not read. */
export function maskPointer(context: Context, pointer: string): void {
  const [root, part, ...rest] = parsePointer(pointer);
  if (root !== "data" || part === undefined || !Object.hasOwn(context, part)) return;
  if (rest.length === 0) {
    delete context[part];
    return;
  }
  let node: unknown = context[part];
  for (const segment of rest.slice(0, -1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return;
    node = (node as Record<string, unknown>)[segment];
  }
  const last = rest[rest.length - 1] as string;
  if (typeof node === "object" && node !== null && !Array.isArray(node) && Object.hasOwn(node, last)) {
    delete (node as Record<string, unknown>)[last];
  }
}
