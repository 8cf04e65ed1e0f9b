import { truthy } from "../logic/truthy.js";
import { listAndBody, loopItems } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const filter: OperationDef = {
  name: "filter",
  family: "standard",
  result: "rows",
  scoping: { perItem: 1, reads: "item" },
  compile: (args) => {
    const [list, body] = listAndBody(args);
    return (data, root) => {
      const items = loopItems(list(data, root));
      if (!items) return [];
      const kept: unknown[] = [];
      for (let index = 0; index < items.length; index += 1) {
        const item: unknown = items[index];
        if (truthy(body(item, root))) kept.push(item);
      }
      return kept;
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: filter,
  signature: '{"filter": [list, rule]}',
  summary: "The items of the list for which the rule holds (`var` reads the item); `[]` for anything that is not a list.",
  examples: [
    [{ filter: [{ var: "years" }, { ">=": [{ var: "" }, 2019] }] }, { years: [2018, 2019, 2020] }, [2019, 2020]],
    [{ filter: [[1, 2, 3], { ">": [{ var: "" }, 1] }] }, {}, [2, 3]],
  ],
};
