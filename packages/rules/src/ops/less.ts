import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const less: OperationDef = {
  name: "<",
  family: "standard",
  signature: '{"<": [a, b]} or {"<": [a, b, c]}',
  summary: "JavaScript's `<` (null reads as 0); with three values, \"between\": a < b < c.",
  result: ["boolean"],
  comparison: "order",
  examples: [
    [{ "<": [{ var: "n" }, 5] }, { n: 3 }, true],
    [{ "<": [0, { var: "n" }, 5] }, { n: 5 }, false],
  ],
  compile: (args) =>
    eager(args, (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number))),
};
