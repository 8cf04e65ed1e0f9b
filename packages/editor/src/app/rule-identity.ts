/**
 * Which item of a form file a site is in, followed through a change of the texts (an undo, a file
 * taken from disk): by the ids of the items on its way (a criterion, a computed value, a check), by
 * position where they have none, and then only while their list keeps its length (an item added or
 * removed before it would put another in its place). The page's lists of rules are keyed by the same
 * identity (`itemKey`), so that a rule's editor, and a raw draft waiting in it, stays with its rule.
 */
import { formatPointer, isRecord, parsePointer } from "@cluster-form/schema";
import { MANIFEST } from "../edits/scaffolds/part.js";
import type { FormTexts, Site } from "../edits/types.js";
import { currentValue } from "./form-state.js";

type Step = { readonly key: string } | { readonly id: string } | { readonly index: number; readonly length: number };

const idOf = (item: unknown): string | undefined => (isRecord(item) && typeof item.id === "string" ? item.id : undefined);

/** Where the item with `id` is in `list`, when exactly one item has it (a duplicated id names none). */
function indexOfId(list: readonly unknown[], id: string): number {
  const found = list.flatMap((item, index) => (idOf(item) === id ? [index] : []));
  return found.length === 1 ? (found[0] ?? -1) : -1;
}

const fileValue = (texts: FormTexts, file: string): unknown => currentValue(texts, { file, pointer: "" });

/** The steps to `site` in `texts`, or undefined when nothing is written there. */
function stepsTo(texts: FormTexts, site: Site): Step[] | undefined {
  let value = fileValue(texts, site.file);
  const steps: Step[] = [];
  for (const segment of parsePointer(site.pointer)) {
    if (Array.isArray(value)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= value.length) return undefined;
      const item: unknown = value[index];
      const id = idOf(item);
      steps.push(id !== undefined && indexOfId(value, id) === index ? { id } : { index, length: value.length });
      value = item;
    } else if (isRecord(value) && Object.hasOwn(value, segment)) {
      steps.push({ key: segment });
      value = value[segment];
    } else return undefined;
  }
  return steps;
}

/** Where the item at `site` of `before` is in `after`: undefined when it is gone or another may have taken its place. */
export function siteAfter(before: FormTexts, after: FormTexts, site: Site): Site | undefined {
  const steps = stepsTo(before, site);
  if (!steps) return undefined;
  let value = fileValue(after, site.file);
  const segments: (string | number)[] = [];
  for (const step of steps) {
    if ("key" in step) {
      if (!isRecord(value) || !Object.hasOwn(value, step.key)) return undefined;
      segments.push(step.key);
      value = value[step.key];
      continue;
    }
    if (!Array.isArray(value)) return undefined;
    const index = "id" in step ? indexOfId(value, step.id) : value.length === step.length ? step.index : -1;
    if (index < 0) return undefined;
    segments.push(index);
    value = value[index];
  }
  return { file: site.file, pointer: formatPointer(segments) };
}

/** Whether the value at `site` of `before` is still in `after`, unchanged, where `siteAfter` finds it. */
export function keptThrough(before: FormTexts, after: FormTexts, site: Site): boolean {
  const moved = siteAfter(before, after, site);
  return moved !== undefined && JSON.stringify(currentValue(after, moved)) === JSON.stringify(currentValue(before, site));
}

/** Whether the manifest in `texts` names `file` as a part's rules or as the summary sheet: the page draws the rules of those only. */
export function drawnRulesFile(texts: FormTexts, file: string): boolean {
  const manifest = fileValue(texts, MANIFEST);
  if (!isRecord(manifest)) return false;
  const parts = Array.isArray(manifest.parts) ? manifest.parts : [];
  return manifest.summarySheet === file || parts.some((part) => isRecord(part) && part.rules === file);
}

/** A key of the item at `site` that stays with it while other items come and go (the identity `siteAfter` follows). */
export const itemKey = (texts: FormTexts, site: Site): string => JSON.stringify([site.file, stepsTo(texts, site) ?? site.pointer]);
