import { truthy } from "../logic/truthy.js";
import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const notNot: OperationDef = {
  name: "!!",
  family: "standard",
  signature: '{"!!": [value]}',
  summary: "True when the value is true in JSON Logic's sense (an empty list is false, `{}` and `\"0\"` true).",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  examples: [
    [{ "!!": ["0"] }, {}, true],
    [{ "!!": [[]] }, {}, false],
  ],
  compile: (args) => eager(args, (value) => truthy(value)),
};
