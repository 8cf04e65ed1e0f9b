import { listAndBody } from "./support/per-item.js";
import type { OperationDef } from "./types.js";

export const map: OperationDef = {
  name: "map",
  family: "standard",
  signature: '{"map": [list, rule]}',
  summary: "The rule applied to each item of the list (`var` reads the item); `[]` for anything that is not a list.",
  result: "mapped",
  scoping: { perItem: 1, reads: "item" },
  examples: [
    [{ map: [{ var: "rows" }, { "*": [{ var: "sales" }, 2] }] }, { rows: [{ sales: 1 }, { sales: 3 }] }, [2, 6]],
    [{ map: [{ var: "none" }, 1] }, {}, []],
  ],
  compile: (args) => {
    const [list, body] = listAndBody(args);
    return (data, root) => {
      const items = list(data, root);
      if (!Array.isArray(items)) return [];
      const result = new Array<unknown>(items.length);
      for (let index = 0; index < items.length; index += 1) result[index] = body(items[index], root);
      return result;
    };
  },
};
