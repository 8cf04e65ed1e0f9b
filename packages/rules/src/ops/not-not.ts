import { truthy } from "../logic/truthy.js";
import { eagerAsIs } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const notNot: OperationDef = {
  name: "!!",
  family: "standard",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  compile: (args) => eagerAsIs(args, (value) => truthy(value)),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: notNot,
  signature: '{"!!": [value]}',
  summary: "True when the value is true in JSON Logic's sense (an empty list is false, `{}` and `\"0\"` true).",
  examples: [
    [{ "!!": ["0"] }, {}, true],
    [{ "!!": [[]] }, {}, false],
  ],
};
