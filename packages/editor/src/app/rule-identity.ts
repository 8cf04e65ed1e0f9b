/**
 * Which item of a form file a site is in: by the ids of the items on its way (a criterion, a computed
 * value, a check), by position where they have none, with their list's length (an item added or
 * removed before it puts another in its place). The page's lists of rules are keyed by it
 * (`itemKey`), so that a rule's editor, and a raw draft waiting in it, stays with its rule.
 */
import { parsePointer } from "@cluster-form/schema";
import type { FormTexts, Site } from "../edits/types.js";
import { currentValue } from "./form-state.js";

type Step = { readonly key: string } | { readonly id: string } | { readonly index: number; readonly length: number };
type JsonObject = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

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

/** A key of the item at `site` that stays with it while other items come and go. */
export const itemKey = (texts: FormTexts, site: Site): string => JSON.stringify([site.file, stepsTo(texts, site) ?? site.pointer]);
