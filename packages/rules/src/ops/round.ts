import { isFiniteNumber, roundTo } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

/** More decimals than a double can tell apart are meaningless. */
const MAX_DIGITS = 15;

export const round: OperationDef = {
  name: "round",
  family: "custom",
  arguments: { min: 1, max: 2, kinds: [["number"]] },
  result: ["number"],
  fn: (value, digits) => {
    if (!isFiniteNumber(value)) return null;
    const places = isFiniteNumber(digits) ? Math.min(Math.max(Math.trunc(digits), 0), MAX_DIGITS) : 0;
    return roundTo(value, places);
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: round,
  signature: '{"round": [value, digits]}',
  summary:
    "The value rounded half away from zero to `digits` decimals (0 when left out; at most 15). Null when the value is not a number.",
  examples: [
    [{ round: [2.345, 2] }, {}, 2.35],
    [{ round: [1.005, 2] }, {}, 1.01],
    [{ round: [-2.5] }, {}, -3],
    [{ round: [{ "/": [{ var: "a" }, 3] }, 1] }, { a: 10 }, 3.3],
    [{ round: ["x", 2] }, {}, null],
  ],
};
