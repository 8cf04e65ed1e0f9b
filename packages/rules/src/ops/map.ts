import { listAndBody, loopItems } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const map: OperationDef = {
  name: "map",
  family: "standard",
  result: "mapped",
  scoping: { perItem: 1, reads: "item" },
  compile: (args) => {
    const [list, body] = listAndBody(args);
    return (data, root) => {
      const items = loopItems(list(data, root));
      if (!items) return [];
      const result = new Array<unknown>(items.length);
      for (let index = 0; index < items.length; index += 1) result[index] = body(items[index], root);
      return result;
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: map,
  signature: '{"map": [list, rule]}',
  summary: "The rule applied to each item of the list (`var` reads the item); `[]` for anything that is not a list.",
  examples: [
    [{ map: [{ var: "rows" }, { "*": [{ var: "sales" }, 2] }] }, { rows: [{ sales: 1 }, { sales: 3 }] }, [2, 6]],
    [{ map: [{ var: "none" }, 1] }, {}, []],
  ],
};
