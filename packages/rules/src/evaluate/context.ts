/**
 * The one context every rule of an evaluation reads:
 * `{ <part id>: data, $form: {id, version, year}, $computed: {…} }`, objects with nothing to
 * read through their prototype, around the submission's parts read in place (./part-views.ts),
 * never written to.
 */
import { isRecord, keyedRecord, type FormPackage } from "@cluster-form/schema";
import type { PartViews } from "./part-views.js";

export type Context = Record<string, unknown>;

/** The context's own objects: nothing is read through their prototype, and a part id is always an own key. */
const contextObject = (): Record<string, unknown> => keyedRecord<unknown>();

/** `$form`: the same object for every evaluation of a form, like any input that did not change. */
export function formConstants(pkg: FormPackage): Readonly<Record<string, unknown>> {
  // Read in every row of a row filter (`$form.year`): an object in fast layout, see contextObject.
  const form = contextObject();
  form.id = pkg.manifest.id;
  form.version = pkg.manifest.version;
  form.year = pkg.manifest.year;
  return Object.freeze(form);
}

export function buildContext(pkg: FormPackage, data: unknown, views: PartViews, form: Readonly<Record<string, unknown>>): Context {
  const source = isRecord(data) ? data : {};
  const context = contextObject();
  // Only the form's parts: a data key named "$form" or "$computed" cannot stand in for the real ones.
  for (const part of pkg.parts) {
    if (!Object.hasOwn(source, part.ref.id)) continue;
    const view = views.part(source[part.ref.id]);
    // A value rules cannot read (a function, say) is missing, as a key it does not have.
    if (view !== undefined) context[part.ref.id] = view;
  }
  context.$form = form;
  context.$computed = contextObject();
  return context;
}

/** Store a computed value under `$computed`, at its id split on dots (`segments`, split once when the form is prepared). */
export function setComputed(context: Context, segments: readonly string[], value: unknown): void {
  let node = context.$computed as Record<string, unknown>;
  const last = segments[segments.length - 1] ?? "";
  for (let index = 0; index < segments.length - 1; index += 1) {
    const segment = segments[index] as string;
    if (!Object.hasOwn(node, segment)) node[segment] = contextObject();
    const next = node[segment];
    // An id that is also a prefix of another id (lint reports it): the first one stored wins.
    if (!isRecord(next)) return;
    node = next;
  }
  node[last] = value;
}

/**
 * Remove the values at submission pointers, given as their segments (`["data", <part>, …]`), from
 * the context: fields that do not apply are not read. The parts are not changed; masked ones
 * replace them in the context.
 */
export function maskPointers(context: Context, pointers: readonly (readonly string[])[], views: PartViews): void {
  const byPart = new Map<string, (readonly string[])[]>();
  for (const segments of pointers) {
    const part = segments[1];
    if (segments[0] !== "data" || part === undefined || !Object.hasOwn(context, part)) continue;
    const path = segments.slice(2);
    const paths = byPart.get(part);
    if (paths) paths.push(path);
    else byPart.set(part, [path]);
  }
  for (const [part, paths] of byPart) {
    if (paths.some((path) => path.length === 0)) delete context[part];
    else context[part] = views.masked(context[part], paths);
  }
}
