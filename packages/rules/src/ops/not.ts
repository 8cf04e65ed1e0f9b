import { truthy } from "../logic/truthy.js";
import { eagerAsIs } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const not: OperationDef = {
  name: "!",
  family: "standard",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  compile: (args) => eagerAsIs(args, (value) => !truthy(value)),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: not,
  signature: '{"!": [value]}',
  summary: "True when the value is false in JSON Logic's sense (an empty list is false, `{}` true).",
  examples: [
    [{ "!": [[]] }, {}, true],
    [{ "!": [{ var: "a" }] }, { a: "x" }, false],
  ],
};
