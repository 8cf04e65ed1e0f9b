/**
 * The registry of custom operations the forms use, one module each. Adding an operation:
 * write its module, list it here, add cases to test/conformance/ops.json, and regenerate the
 * operations section of docs/rules.md (the docs test says how).
 */
import { charLength } from "./char-length.js";
import { clamp } from "./clamp.js";
import { count } from "./count.js";
import { filled } from "./filled.js";
import { growth } from "./growth.js";
import { round } from "./round.js";
import { sumOf } from "./sum-of.js";
import type { OperationDef } from "./types.js";
import { validIn } from "./valid-in.js";

export type { OperationDef, OperationExample } from "./types.js";

export const operations: readonly OperationDef[] = Object.freeze([count, sumOf, clamp, charLength, validIn, growth, round, filled]);
