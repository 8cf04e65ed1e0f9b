import { spendWork } from "../logic/budget.js";
import { isRootPath, readSegments } from "../logic/safe-var.js";
import { valuesOf } from "./support/eager.js";
import { found, isWholeData, orDefault, readVar, wholeData } from "./support/read-data.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const varOperation: OperationDef = {
  name: "var",
  family: "standard",
  result: "read",
  readsPaths: true,
  // A constant path (the usual form) is split once; a computed path or default is read at run time.
  compile: (args, constantOf) => {
    const [pathArg, fallbackArg] = args;
    const path = pathArg === undefined ? { value: undefined } : constantOf(pathArg);
    const fallback = fallbackArg === undefined ? { value: undefined } : constantOf(fallbackArg);
    if (!path || !fallback || args.length > 2) {
      return (data, root) => {
        const [value, otherwise] = valuesOf(args, data, root);
        return readVar(data, root, value, otherwise);
      };
    }
    const otherwise = fallback.value;
    if (isWholeData(path.value)) {
      return (data) => {
        spendWork(1);
        return wholeData(data);
      };
    }
    const text = String(path.value);
    const segments = text.split(".");
    if (typeof path.value === "string" && isRootPath(text)) {
      return (_data, root) => {
        spendWork(1);
        return found(readSegments(root, segments), otherwise);
      };
    }
    return (data, root) => {
      spendWork(1);
      const value = readSegments(data, segments);
      // Outside any loop (the data in scope is the root), this node runs once per application, so the
      // value's size need not be measured here: loops spend per item, reads inside them spend sizes,
      // and operations that write the value out or search it spend its size (./support/eager.ts).
      return data === root ? orDefault(value, otherwise) : found(value, otherwise);
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: varOperation,
  signature: '{"var": path} or {"var": [path, default]}',
  summary:
    "The value at a dotted path of the data in scope (a row inside filter, map, …; `$form.…` and `$computed.…` always read the context), or the default (else null) when it is missing. `\"\"` is the whole data in scope.",
  examples: [
    [{ var: "table5.rdToolsRate" }, { table5: { rdToolsRate: 45 } }, 45],
    [{ var: ["table5.rdToolsRate", 0] }, { table5: {} }, 0],
    [{ var: "rows.1" }, { rows: ["a", "b"] }, "b"],
    [{ var: "a.b" }, { a: null }, null],
  ],
};
