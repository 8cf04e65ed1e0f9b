import { truthy } from "../logic/truthy.js";
import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const not: OperationDef = {
  name: "!",
  family: "standard",
  signature: '{"!": [value]}',
  summary: "True when the value is false in JSON Logic's sense (an empty list is false, `{}` true).",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  examples: [
    [{ "!": [[]] }, {}, true],
    [{ "!": [{ var: "a" }] }, { a: "x" }, false],
  ],
  compile: (args) => eager(args, (value) => !truthy(value)),
};
