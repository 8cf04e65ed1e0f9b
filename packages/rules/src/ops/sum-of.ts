import { readPath } from "../logic/safe-var.js";
import { isFiniteNumber } from "./values.js";
import type { OperationDef } from "./types.js";

export const sumOf: OperationDef = {
  name: "sumOf",
  signature: '{"sumOf": [list, "key"]}',
  summary:
    "The sum of the numeric `key` of each row of a list (a dotted key reads into the row). Blank or non-numeric values count 0; anything that is not a list sums to 0.",
  examples: [
    [{ sumOf: [{ var: "table2.enterprises" }, "sales"] }, { table2: { enterprises: [{ sales: 1200 }, { sales: 800.5 }] } }, 2000.5],
    [{ sumOf: [{ var: "rows" }, "sales"] }, { rows: [{ sales: 10 }, { sales: "" }, { sales: null }, {}] }, 10],
    [{ sumOf: [{ var: "rows" }, "y.2020"] }, { rows: [{ y: { "2020": 3 } }, { y: { "2020": 4 } }] }, 7],
  ],
  fn: (list, key) => {
    if (!Array.isArray(list) || (typeof key !== "string" && typeof key !== "number")) return 0;
    let sum = 0;
    for (const row of list) {
      const value = readPath(row, key);
      if (isFiniteNumber(value)) sum += value;
    }
    return Number.isFinite(sum) ? sum : 0;
  },
};
