import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

/** `substr(text, start, length)`; a negative length leaves that many characters off the end (as PHP does). */
function substring(source: unknown, start: unknown, end: unknown): string {
  if ((end as number) < 0) {
    const rest = String(source).substr(start as number);
    return rest.substr(0, rest.length + (end as number));
  }
  return String(source).substr(start as number, end as number);
}

export const substr: OperationDef = {
  name: "substr",
  family: "standard",
  arguments: { min: 2, max: 3, kinds: [["string", "number"], ["number"]] },
  result: ["string"],
  compile: (args) => eager(args, substring),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: substr,
  signature: '{"substr": [text, start, length]}',
  summary: "Part of a text from `start` (negative: from the end), `length` characters long (negative: all but that many at the end; left out: the rest).",
  examples: [
    [{ substr: ["2020-05-01", 0, 4] }, {}, "2020"],
    [{ substr: ["jsonlogic", -5] }, {}, "logic"],
    [{ substr: ["jsonlogic", 1, -2] }, {}, "sonlog"],
  ],
};
