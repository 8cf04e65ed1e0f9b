import { spendWork } from "../logic/budget.js";
import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

/** The values joined as `Array.prototype.join` does; spends work by the length built, as `merge` does by items. */
function concatenate(...values: unknown[]): string {
  const parts = values.map((value) => (value === null || value === undefined ? "" : String(value)));
  let size = 0;
  for (const part of parts) size += part.length;
  spendWork(size);
  return parts.join("");
}

export const cat: OperationDef = {
  name: "cat",
  family: "standard",
  result: ["string"],
  compile: (args) => eager(args, concatenate),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: cat,
  signature: '{"cat": [value, …]}',
  summary: "The values joined into one text; null is empty, everything else written out as JavaScript writes it.",
  examples: [
    [{ cat: [{ var: "name" }, " (", { var: "year" }, ")"] }, { name: "cluster", year: 2020 }, "cluster (2020)"],
    [{ cat: ["a", null, 1] }, {}, "a1"],
  ],
};
