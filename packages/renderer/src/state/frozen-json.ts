/**
 * JSON text of the element's frozen submission, kept per frozen object. An edit copies only the
 * objects along its path (./freeze.ts), so saving the draft after a keystroke writes out those few
 * objects and reuses the text of everything else: in a 200-row table the whole text is no longer
 * written out again on every keystroke.
 */
import { isPlain } from "./freeze.js";

const texts = new WeakMap<object, string>();

/** What `JSON.stringify(value)` gives; a frozen plain object's text is kept while the object lives. */
export function frozenJson(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !Object.isFrozen(value) || !isPlain(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value);
  }
  let text = texts.get(value);
  if (text === undefined) {
    // Lists in a template literal are joined with commas. Array.from visits holes too: JSON writes
    // them as null, as it does undefined and functions in a list; in an object it leaves them out.
    text = Array.isArray(value)
      ? `[${Array.from(value as unknown[], (item) => frozenJson(item) ?? "null")}]`
      : `{${Object.entries(value).flatMap(([key, item]) => {
          const json = frozenJson(item);
          return json === undefined ? [] : [`${JSON.stringify(key)}:${json}`];
        })}}`;
    texts.set(value, text);
  }
  return text;
}
