import type { OperationDef, OperationDocs } from "./types.js";

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export const charLength: OperationDef = {
  name: "charLength",
  family: "custom",
  arguments: { min: 1, max: 1, kinds: [["string"]] },
  result: ["number"],
  fn: (text) => {
    if (typeof text !== "string") return 0;
    // Most texts have no surrogate at all: the regular expression engine finds that faster than a loop.
    if (!HIGH_SURROGATE.test(text)) return text.length;
    // Code points without iterating: each surrogate pair counts once, a lone surrogate as one, as `for…of` counts them.
    let pairs = 0;
    for (let i = 0; i < text.length - 1; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          pairs += 1;
          i += 1;
        }
      }
    }
    return text.length - pairs;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: charLength,
  signature: '{"charLength": [text]}',
  summary:
    "The number of characters of a text, counted as Unicode code points: each Chinese character, letter, digit or punctuation mark counts 1 (also characters outside the Basic Multilingual Plane). Anything that is not a text counts 0.",
  examples: [
    [{ charLength: [{ var: "report.summary" }] }, { report: { summary: "\u4ea7\u4e1a\u96c6\u7fa4" } }, 4],
    [{ charLength: ["abc 12"] }, {}, 6],
    [{ charLength: ["\ud842\udfb7"] }, {}, 1],
    [{ charLength: [42] }, {}, 0],
  ],
};
