/**
 * `JSON.stringify` for the submission the element keeps, remembering the text of each frozen plain
 * object and array: after an edit only the objects along the edited path are new (./freeze.ts), so
 * saving a draft after a keystroke writes out that path, not the 200 rows beside it.
 */

/** Texts of frozen plain objects and arrays: a frozen object's text never changes. */
const texts = new WeakMap<object, string>();

const isPlainFrozen = (value: object): boolean => {
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const isSkipped = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/** The text of a plain object or array, and whether it may be remembered: not when something inside may change (a Date, the page's own objects). */
function textOf(value: object): { readonly text: string; readonly kept: boolean } {
  let kept = true;
  const itemText = (item: unknown): string => {
    const text = jsonText(item);
    if (typeof item === "object" && item !== null && !texts.has(item)) kept = false;
    return text;
  };
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) items.push(isSkipped(item) ? "null" : itemText(item));
    return { text: `[${items.join(",")}]`, kept };
  }
  const record = value as Record<string, unknown>;
  // An own `toJSON` method would be called by JSON.stringify: left to it.
  if (typeof record["toJSON"] === "function") return { text: JSON.stringify(value), kept: false };
  const members: string[] = [];
  for (const key of Object.keys(record)) {
    const member = record[key];
    if (!isSkipped(member)) members.push(`${JSON.stringify(key)}:${itemText(member)}`);
  }
  return { text: `{${members.join(",")}}`, kept };
}

/** The same text as `JSON.stringify(value)` for a JSON value (undefined for what it leaves out). */
export function jsonText(value: unknown): string {
  if (typeof value !== "object" || value === null || !isPlainFrozen(value)) return JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  const { text, kept } = textOf(value);
  if (kept) texts.set(value, text);
  return text;
}
