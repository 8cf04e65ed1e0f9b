/**
 * Ajv compares objects with fast-deep-equal (`uniqueItems` over objects, `const`/`enum` with object
 * values). It calls `a.valueOf()` and `a.toString()` when they are not Object.prototype's, so
 * parsed JSON with a key named `valueOf` or `toString` makes it throw. Validators catch that and
 * report where such an object is, found here.
 */
import { formatPointer } from "../model/pointer.js";
import { isRecord } from "../model/record.js";

const TRAPS = ["valueOf", "toString"];

/** The JSON pointer of the first object (depth first) with an own `valueOf` or `toString` key. */
export function deepEqualTrapAt(value: unknown, pointer = ""): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = deepEqualTrapAt(value[i], `${pointer}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (TRAPS.some((key) => Object.hasOwn(value, key))) return pointer;
  for (const [key, child] of Object.entries(value)) {
    const found = deepEqualTrapAt(child, pointer + formatPointer([key]));
    if (found !== undefined) return found;
  }
  return undefined;
}
