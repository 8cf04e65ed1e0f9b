/**
 * A loaded form package is immutable all the way down: every object, array and Map in `value` is
 * frozen, whatever its prototype (unlike the element's freezeNewObjects, which stops at what is
 * already frozen and leaves non-plain objects alone).
 */
export function freezeEverything<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const entry of value.values()) freezeEverything(entry);
    freezeMap(value);
    return value;
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    freezeEverything((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Maps are frozen by refusing their mutators; Object.freeze alone leaves their entries writable. */
function freezeMap(map: Map<unknown, unknown>): void {
  const refuse = (): never => {
    throw new TypeError("The form package is immutable");
  };
  Object.defineProperties(map, {
    set: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
  });
  Object.freeze(map);
}
