import { truthy } from "../logic/truthy.js";
import type { Compiled } from "../logic/types.js";
import { listAndBody, loopItems } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

interface FilterNode {
  readonly list: Compiled;
  readonly body: Compiled;
}

/** The list and per-item rule of each compiled filter node, for an operation that needs only how many items it keeps (`count`). */
const filterNodes = new WeakMap<Compiled, FilterNode>();

/** The list and per-item rule when `compiled` is a filter node. */
export const filterNodeOf = (compiled: Compiled): FilterNode | undefined => filterNodes.get(compiled);

/** How many items of the list `body` holds for, as the length of the filter's answer, without building it; spends what the filter spends. */
export function countKept({ list, body }: FilterNode, data: unknown, root: unknown): number {
  const items = loopItems(list(data, root));
  if (!items) return 0;
  let kept = 0;
  for (let index = 0; index < items.length; index += 1) if (truthy(body(items[index], root))) kept += 1;
  return kept;
}

export const filter: OperationDef = {
  name: "filter",
  family: "standard",
  result: "rows",
  scoping: { perItem: 1, reads: "item" },
  compile: (args) => {
    const [list, body] = listAndBody(args);
    const compiled: Compiled = (data, root) => {
      const items = loopItems(list(data, root));
      if (!items) return [];
      const kept: unknown[] = [];
      for (let index = 0; index < items.length; index += 1) {
        const item: unknown = items[index];
        if (truthy(body(item, root))) kept.push(item);
      }
      return kept;
    };
    filterNodes.set(compiled, { list, body });
    return compiled;
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
