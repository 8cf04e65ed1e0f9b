/**
 * The order computed values are worked out in: each after the values it reads
 * (`$computed.<id>`). Values in a cycle are set apart, to be reported, never evaluated;
 * the others keep their definition order where the dependencies allow.
 */
import type { PreparedComputed } from "./prepared.js";

const PREFIX = "$computed.";

/** Ids of the computed values a list of read paths refers to (a path may read into a value, or read a whole group). */
export function computedDependencies(reads: readonly string[], ids: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of reads) {
    if (!path.startsWith(PREFIX)) continue;
    const rest = path.slice(PREFIX.length);
    for (const id of ids) {
      if (rest === id || rest.startsWith(`${id}.`) || id.startsWith(`${rest}.`)) found.add(id);
    }
  }
  return [...found];
}

export interface ComputedOrder {
  readonly order: readonly PreparedComputed[];
  readonly cyclic: readonly { readonly computed: PreparedComputed; readonly cycle: string }[];
}

export function orderComputed(values: readonly PreparedComputed[]): ComputedOrder {
  const byId = new Map(values.map((value) => [value.id, value]));

  /** A path from `from` back to itself through the dependencies, if there is one. */
  const cycleThrough = (from: string): string[] | undefined => {
    const seen = new Set<string>();
    const walk = (id: string, path: string[]): string[] | undefined => {
      for (const next of byId.get(id)?.dependsOn ?? []) {
        if (next === from) return [...path, next];
        if (seen.has(next)) continue;
        seen.add(next);
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
      return undefined;
    };
    return walk(from, [from]);
  };

  const cyclic: { computed: PreparedComputed; cycle: string }[] = [];
  const inCycle = new Set<string>();
  for (const value of values) {
    const cycle = cycleThrough(value.id);
    if (cycle) {
      cyclic.push({ computed: value, cycle: cycle.join(" → ") });
      inCycle.add(value.id);
    }
  }

  const order: PreparedComputed[] = [];
  const done = new Set<string>();
  let pending = values.filter((value) => !inCycle.has(value.id));
  while (pending.length > 0) {
    const ready = pending.filter((value) => value.dependsOn.every((id) => done.has(id) || inCycle.has(id) || !byId.has(id)));
    // Without cycles among the pending values, something is always ready; the guard is for safety only.
    const next = ready.length > 0 ? ready : pending;
    for (const value of next) {
      order.push(value);
      done.add(value.id);
    }
    pending = pending.filter((value) => !done.has(value.id));
  }
  return { order, cyclic };
}
