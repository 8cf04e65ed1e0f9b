/** Deep freezing: a loaded form package is immutable all the way down. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const entry of value.values()) deepFreeze(entry);
    freezeMap(value);
    return value;
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
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
