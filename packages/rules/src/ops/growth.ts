import { isFiniteNumber, roundTo } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const growth: OperationDef = {
  name: "growth",
  family: "custom",
  arguments: { min: 2, max: 2, kinds: [["number"]] },
  result: ["number", "null"],
  fn: (before, after) => {
    if (!isFiniteNumber(before) || !isFiniteNumber(after) || before === 0) return null;
    const result = roundTo(((after - before) / before) * 100, 2);
    return Number.isFinite(result) ? result : null;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: growth,
  signature: '{"growth": [before, after]}',
  summary:
    "The growth from `before` to `after` in percent, (after − before) / before × 100, rounded to 2 decimals. Null when `before` is 0 or blank, or when either is not a number.",
  examples: [
    [{ growth: [{ var: "sales.y2019" }, { var: "sales.y2020" }] }, { sales: { y2019: 200, y2020: 230 } }, 15],
    [{ growth: [300, 200] }, {}, -33.33],
    [{ growth: [0, 100] }, {}, null],
    [{ growth: [null, 100] }, {}, null],
  ],
};
