import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const greaterOrEqual: OperationDef = {
  name: ">=",
  family: "standard",
  signature: '{">=": [a, b]}',
  summary: "JavaScript's `>=` (null reads as 0).",
  result: ["boolean"],
  comparison: "order",
  examples: [
    [{ ">=": [{ var: "rate" }, 40] }, { rate: 40 }, true],
    [{ ">=": ["10", 9] }, {}, true],
  ],
  compile: (args) => eager(args, (a, b) => (a as number) >= (b as number)),
};
