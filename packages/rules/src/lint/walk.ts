/** Visits every operation of a rule with its pointer in the file and the scope `var` reads there. */
import { operationOf, type RuleAnalyzer, type Scope } from "./analyzer.js";
import { operationDefinition } from "../ops/index.js";
import { childPointer, isObject } from "../form-json/json.js";
import type { RuleSite } from "@cluster-form/schema";

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
    const definition = operationDefinition(op);
    if (definition?.readsPaths) {
      // Their arguments are paths (or a default value): walk only nested rules in them.
      args.forEach((arg, i) => {
        if (typeof arg === "object") walk(arg, argPointer(i), scope, depth + 1);
      });
      return;
    }
    const scoping = definition?.scoping;
    if (scoping) {
      // The list comes first; the per-item argument reads the item (reduce: `current`, and `accumulator` from its initial value).
      const { perItem, reads } = scoping;
      const source = analyzer.infer(args[0], scope);
      const row = analyzer.rowShape(source);
      const array = source.describe ?? "";
      const inner: Scope =
        reads === "reduce"
          ? { kind: "reduce", site: scope.site, current: row, accumulator: analyzer.infer(args[2], scope), array }
          : { kind: "row", site: scope.site, row, array };
      args.forEach((arg, i) => walk(arg, argPointer(i), i === perItem ? inner : scope, depth + 1));
      return;
    }
    args.forEach((arg, i) => walk(arg, argPointer(i), scope, depth + 1));
  };
  walk(site.logic, site.pointer, { kind: "root", site }, 0);
}
