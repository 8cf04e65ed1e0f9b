import type { FormPackage } from "../types.js";

/** `derive` worked out once per loaded form: a form package is frozen, so what is derived from it never goes stale. */
export function perForm<T>(derive: (form: FormPackage) => T): (form: FormPackage) => T {
  const derived = new WeakMap<FormPackage, T>();
  return (form) => {
    if (derived.has(form)) return derived.get(form) as T;
    const value = derive(form);
    derived.set(form, value);
    return value;
  };
}
