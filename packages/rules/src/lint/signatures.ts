/**
 * What the operations of the rule language take, for the type check: read from each operation's
 * definition (../ops), so an operation is described in one place.
 */
import { operationDefinition, type ArgumentKinds, type ArgumentSignature } from "../ops/index.js";

export type { ArgumentSignature };

/** The arguments an operation's definition declares, or undefined when any are fine. */
export const signatureOf = (op: string): ArgumentSignature | undefined => operationDefinition(op)?.arguments;

export const kindsAt = (signature: ArgumentSignature, index: number): ArgumentKinds =>
  signature.kinds[Math.min(index, signature.kinds.length - 1)] ?? "any";

/** `order` for <, >, <=, >=; `equality` for ==, ===, !=, !==; undefined for the rest. */
export const comparisonOf = (op: string): "order" | "equality" | undefined => operationDefinition(op)?.comparison;
