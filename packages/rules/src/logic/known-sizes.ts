/**
 * Written-out sizes known when a rule is compiled, for the operations that spend the size of a
 * list or an object they take (../ops/support/eager.ts): a node that never gives one (a literal
 * number or text, a comparison, arithmetic) has nothing to measure, and a list written in the rule
 * as literals has the same size on every application. Nodes not noted here are measured as they run.
 */
import type { Compiled } from "./types.js";

/** 0: the node never gives a list or an object; n > 0: it always gives one of written-out size n. */
const sizes = new WeakMap<Compiled, number>();

export const noteKnownSize = (compiled: Compiled, size: number): void => void sizes.set(compiled, size);

/** What an operation taking the node's value spends for its size, when that is known before it runs. */
export const knownSizeOf = (compiled: Compiled): number | undefined => sizes.get(compiled);

/** The node's share of a list's written-out size: a value that is no list or object counts 1. */
export const itemSizeOf = (compiled: Compiled): number | undefined => {
  const size = sizes.get(compiled);
  return size === 0 ? 1 : size;
};
