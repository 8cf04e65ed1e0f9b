/**
 * The static pre-check of a rule, run once per rule before it is ever applied: operation names
 * against the allow-list, depth and size limits, and what the rule reads. Walks iteratively so
 * that a hostile, very deep rule cannot overflow the stack of the check itself.
 */
import { formatPointer } from "@cluster-form/schema";
import type { EvaluationLimits } from "../types.js";
import { ruleProblemMessage } from "./messages.js";
import { isAllowedOperation, isRefusedOperation, scopingOf } from "./allow-list.js";
import { resolveLimits } from "./limits.js";
import { isRootPath } from "./safe-var.js";
import type { RuleAnalysis, RuleProblem, RuleProblemCode } from "./types.js";

interface Pending {
  readonly node: unknown;
  readonly path: readonly (string | number)[];
  readonly depth: number;
  /** How many scoping operations (filter, map, …) enclose the node. */
  readonly scope: number;
  /** Inside a multi-key object: a plain value, never evaluated. */
  readonly literal: boolean;
}

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** The JSON-Logic reading of an operation's arguments: a single argument stands for a list of one. */
const argumentsOf = (values: unknown): readonly unknown[] => (Array.isArray(values) ? values : [values]);

const isStaticPath = (value: unknown): value is string | number =>
  typeof value === "string" || (typeof value === "number" && Number.isInteger(value) && value >= 0);

/** Analyse a rule: its problems (empty when it may run), its size and what it reads. */
export function analyseRule(rule: unknown, limits?: Partial<EvaluationLimits>): RuleAnalysis {
  const { maxRuleDepth, maxRuleNodes } = resolveLimits(limits);
  const problems: RuleProblem[] = [];
  const weights: number[] = [];
  const reads = new Set<string>();
  let nodes = 0;
  let depth = 0;
  let literalItems = 0;
  let dynamicReads = false;
  let tooDeep = false;

  const recordRead = (path: string): void => void reads.add(path);
  // Inside a row scope only `$form.…` / `$computed.…` paths read the context; the rest read the row.
  const recordRootRead = (path: string): void => {
    if (isRootPath(path)) reads.add(path);
  };

  const report = (code: RuleProblemCode, path: readonly (string | number)[], operation?: string): void => {
    const pointer = formatPointer(path);
    problems.push({ code, pointer, ...(operation === undefined ? {} : { operation }), message: ruleProblemMessage(code, { pointer, operation, limits: { maxRuleDepth, maxRuleNodes } }) });
  };

  const stack: Pending[] = [{ node: rule, path: [], depth: 1, scope: 0, literal: false }];
  while (stack.length > 0) {
    const { node, path, depth: level, scope, literal } = stack.pop() as Pending;
    nodes += 1;
    if (nodes > maxRuleNodes) {
      report("rule.tooLarge", []);
      break;
    }
    depth = Math.max(depth, level);
    weights[scope] = (weights[scope] ?? 0) + 1;
    if (level > maxRuleDepth) {
      if (!tooDeep) report("rule.tooDeep", path);
      tooDeep = true;
      continue;
    }
    if (node === null || typeof node === "string" || typeof node === "boolean") continue;
    if (typeof node === "number") {
      if (!Number.isFinite(node)) report("rule.notJson", path);
      continue;
    }
    if (typeof node !== "object" || !(Array.isArray(node) || isPlainObject(node))) {
      report("rule.notJson", path);
      continue;
    }
    if (Array.isArray(node)) {
      literalItems += node.length;
      // Pushed last-first, so that nodes are visited (and reads recorded) in document order.
      for (let index = node.length - 1; index >= 0; index -= 1) {
        stack.push({ node: node[index] as unknown, path: [...path, index], depth: level + 1, scope, literal });
      }
      continue;
    }
    const keys = Object.keys(node);
    if (literal || keys.length !== 1) {
      // json-logic-js returns objects without exactly one key unevaluated.
      for (const key of keys) {
        stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key], depth: level + 1, scope, literal: true });
      }
      continue;
    }
    const operation = keys[0] as string;
    const values: unknown = (node as Record<string, unknown>)[operation];
    if (isRefusedOperation(operation)) {
      report("rule.refusedOperation", path, operation);
      continue;
    }
    if (!isAllowedOperation(operation)) {
      report("rule.unknownOperation", path, operation);
      continue;
    }
    const args = argumentsOf(values);
    collectReads(operation, args, scope === 0 ? recordRead : recordRootRead, () => (dynamicReads = true), scope === 0);
    const perItem = scopingOf(operation)?.perItem;
    const argPath = Array.isArray(values) ? (index: number) => [...path, operation, index] : () => [...path, operation];
    for (let index = args.length - 1; index >= 0; index -= 1) {
      stack.push({ node: args[index], path: argPath(index), depth: level + 1, scope: index === perItem ? scope + 1 : scope, literal: false });
    }
  }

  return { problems, depth, nodes, weights, literalItems, reads: [...reads], dynamicReads };
}

/** Record the context paths an operation reads when they are written as constants. */
function collectReads(operation: string, args: readonly unknown[], record: (path: string) => void, dynamic: () => void, atRoot: boolean): void {
  if (operation === "var") {
    const [path] = args;
    // The empty path is the whole context at the top level (in a row scope, the row).
    if (path === undefined || path === null || path === "") return atRoot ? dynamic() : undefined;
    if (isStaticPath(path)) record(String(path));
    else if (typeof path === "object") dynamic();
  } else if (operation === "missing" || operation === "missing_some") {
    const keys = operation === "missing" ? (Array.isArray(args[0]) ? args[0] : args) : args[1];
    if (!Array.isArray(keys)) return dynamic();
    for (const key of keys) {
      if (isStaticPath(key)) record(String(key));
      else dynamic();
    }
  }
}

/** The problems that keep a rule from running; empty when it may run. */
export function checkRule(rule: unknown, limits?: Partial<EvaluationLimits>): RuleProblem[] {
  return [...analyseRule(rule, limits).problems];
}
