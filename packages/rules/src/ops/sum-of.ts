import { spendWork } from "../logic/budget.js";
import { readSegments, dottedPathSegments } from "../logic/safe-var.js";
import { loopItems } from "./support/per-item.js";
import { isFiniteNumber } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

/** The sum of the finite numbers at `segments` in each row; 0 for anything that is not a list. Spends a unit per row, as a loop does. */
function sumRows(list: unknown, segments: readonly string[]): number {
  const rows = loopItems(list);
  if (!rows) return 0;
  let sum = 0;
  for (const row of rows) {
    const value = readSegments(row, segments);
    if (isFiniteNumber(value)) sum += value;
  }
  return Number.isFinite(sum) ? sum : 0;
}

const isKey = (key: unknown): key is string | number => typeof key === "string" || typeof key === "number";

export const sumOf: OperationDef = {
  name: "sumOf",
  family: "custom",
  arguments: { min: 2, max: 2, kinds: [["array"], ["string"]] },
  result: ["number"],
  rowKey: 1,
  fn: (list, key) => (isKey(key) ? sumRows(list, dottedPathSegments(String(key))) : 0),
  // The usual form, a list and a key written in the rule: the key is split into its segments once.
  compile: (args, constantOf) => {
    const [list, keyArg] = args;
    const key = keyArg && args.length === 2 ? constantOf(keyArg) : undefined;
    if (!list || !key || !isKey(key.value)) return undefined;
    const segments = String(key.value).split(".");
    return (data, root) => {
      const rows = list(data, root);
      spendWork(1);
      return sumRows(rows, segments);
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: sumOf,
  signature: '{"sumOf": [list, "key"]}',
  summary:
    "The sum of the numeric `key` of each row of a list (a dotted key reads into the row). Blank or non-numeric values count 0; anything that is not a list sums to 0.",
  examples: [
    [{ sumOf: [{ var: "table2.enterprises" }, "sales"] }, { table2: { enterprises: [{ sales: 1200 }, { sales: 800.5 }] } }, 2000.5],
    [{ sumOf: [{ var: "rows" }, "sales"] }, { rows: [{ sales: 10 }, { sales: "" }, { sales: null }, {}] }, 10],
    [{ sumOf: [{ var: "rows" }, "y.2020"] }, { rows: [{ y: { "2020": 3 } }, { y: { "2020": 4 } }] }, 7],
  ],
};
