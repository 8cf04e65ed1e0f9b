import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const less: OperationDef = {
  name: "<",
  family: "standard",
  result: ["boolean"],
  comparison: "order",
  shown: { symbol: "<", mirrored: ">" },
  compile: (args) =>
    eager(args, (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number))),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: less,
  signature: '{"<": [a, b]} or {"<": [a, b, c]}',
  summary: "JavaScript's `<` (null reads as 0); with three values, \"between\": a < b < c.",
  examples: [
    [{ "<": [{ var: "n" }, 5] }, { n: 3 }, true],
    [{ "<": [0, { var: "n" }, 5] }, { n: 5 }, false],
  ],
};
