/** Visits every operation of a rule with its pointer in the file and the scope `var` reads there. */
import { operationOf, type RuleAnalyzer, type Scope } from "./analyzer.js";
import { childPointer, isObject } from "../form-json/json.js";
import type { RuleSite } from "./types.js";

export interface OperationVisit {
  readonly op: string;
  readonly args: readonly unknown[];
  /** Pointer of the node `{op: …}` in the file. */
  readonly pointer: string;
  /** Pointer of the i-th argument (the operation's value itself when it is not a list). */
  argPointer(index: number): string;
  readonly scope: Scope;
}

export interface RuleVisitor {
  operation?(visit: OperationVisit): void;
  /** An object with several keys where an operation may stand: json-logic takes it as plain data. */
  plainObject?(node: Readonly<Record<string, unknown>>, pointer: string, scope: Scope): void;
}

/** Operations whose second argument (and reduce's) runs once per element, reading the element. */
const ROW_OPS = new Set(["filter", "map", "all", "some", "none"]);
const MAX_DEPTH = 200;

export function walkRule(site: RuleSite, analyzer: RuleAnalyzer, visitor: RuleVisitor): void {
  const walk = (node: unknown, pointer: string, scope: Scope, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((element, i) => walk(element, childPointer(pointer, i), scope, depth + 1));
      return;
    }
    const operation = operationOf(node);
    if (!operation) {
      if (isObject(node) && Object.keys(node).length > 1) visitor.plainObject?.(node, pointer, scope);
      return;
    }
    const { op, args } = operation;
    const opPointer = childPointer(pointer, op);
    const listed = Array.isArray((node as Record<string, unknown>)[op]);
    const argPointer = (i: number): string => (listed ? childPointer(opPointer, i) : opPointer);
    visitor.operation?.({ op, args, pointer, argPointer, scope });
    if (op === "var" || op === "missing" || op === "missing_some") {
      // Their arguments are paths (or a default value): walk only nested rules in them.
      args.forEach((arg, i) => {
        if (typeof arg === "object") walk(arg, argPointer(i), scope, depth + 1);
      });
      return;
    }
    if (ROW_OPS.has(op) || op === "reduce") {
      walk(args[0], argPointer(0), scope, depth + 1);
      const source = analyzer.infer(args[0], scope);
      const row = analyzer.rowShape(source);
      const array = source.describe ?? "";
      const inner: Scope =
        op === "reduce"
          ? { kind: "reduce", site: scope.site, current: row, accumulator: analyzer.infer(args[2], scope), array }
          : { kind: "row", site: scope.site, row, array };
      walk(args[1], argPointer(1), inner, depth + 1);
      args.slice(2).forEach((arg, i) => walk(arg, argPointer(i + 2), scope, depth + 1));
      return;
    }
    args.forEach((arg, i) => walk(arg, argPointer(i), scope, depth + 1));
  };
  walk(site.logic, site.pointer, { kind: "root", site }, 0);
}
