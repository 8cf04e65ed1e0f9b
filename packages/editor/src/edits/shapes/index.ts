/**
 * The common rule shapes of the forms, read from JSON-Logic and written back. A rule is recognised
 * only when writing its shape back gives the same JSON, key for key: an edit through a structured
 * editor never rewrites more of a rule than the officer changed.
 */
import { operationDefinitions } from "@cluster-form/rules";
import type { Comparison, JsonLogic, RuleShape } from "../types.js";

type Json = unknown;

/** The rule language's comparisons, as their operations' definitions mark them. */
const COMPARISONS: ReadonlySet<string> = new Set(operationDefinitions.filter((op) => op.comparison !== undefined).map((op) => op.name));
const isComparison = (op: string): op is Comparison => COMPARISONS.has(op);
/** Rules are data from a file: nesting beyond this is left to the raw editor. */
const MAX_DEPTH = 32;
const FORM_YEAR = "$form.year";

const isPlainObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** `{op: args}` with exactly one own key. */
function operation(node: Json): { op: string; args: Json } | undefined {
  if (!isPlainObject(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const op = keys[0] as string;
  return { op, args: node[op] };
}

const argList = (args: Json, length?: number): readonly Json[] | undefined =>
  Array.isArray(args) && (length === undefined || args.length === length) ? args : undefined;

function varPath(node: Json): string | undefined {
  const found = operation(node);
  return found?.op === "var" && typeof found.args === "string" ? found.args : undefined;
}

const isFiniteNumber = (value: Json): value is number => typeof value === "number" && Number.isFinite(value);

/** A value: a field, a computed value, a count, a sum, a rate. */
function quantity(node: Json, depth: number): RuleShape | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const path = varPath(node);
  if (path !== undefined) return { kind: "value", path };
  const found = operation(node);
  if (!found) return undefined;
  const { op, args } = found;
  if (op === "count") {
    const listPath = varPath(argList(args, 1)?.[0]);
    if (listPath !== undefined) return { kind: "listCount", list: listPath };
    const filter = operation(args);
    const filterArgs = filter?.op === "filter" ? argList(filter.args, 2) : undefined;
    const list = varPath(filterArgs?.[0]);
    const where = condition(filterArgs?.[1], depth + 1);
    return list !== undefined && where ? { kind: "listCount", list, where } : undefined;
  }
  if (op === "sumOf") {
    const [listNode, column] = argList(args, 2) ?? [];
    const list = varPath(listNode);
    return list !== undefined && typeof column === "string" ? { kind: "columnSum", list, column } : undefined;
  }
  if (op === "+") {
    const terms = argList(args)?.map((term) => quantity(term, depth + 1));
    return terms && terms.length > 0 && terms.every((t) => t !== undefined) ? { kind: "sum", of: terms as RuleShape[] } : undefined;
  }
  if (op === "growth") {
    const [from, to] = (argList(args, 2) ?? []).map(varPath);
    return from !== undefined && to !== undefined ? { kind: "growth", from, to } : undefined;
  }
  if (op === "charLength") {
    const subject = quantity(argList(args, 1)?.[0], depth + 1);
    return subject ? { kind: "length", subject } : undefined;
  }
  if (op === "clamp") {
    const [product, min, cap] = argList(args, 3) ?? [];
    const times = operation(product);
    const [points, counted] = times?.op === "*" ? (argList(times.args, 2) ?? []) : [];
    const subject = quantity(counted, depth + 1);
    if (isFiniteNumber(points) && isFiniteNumber(min) && isFiniteNumber(cap) && subject) return { kind: "perItem", points, subject, min, cap };
  }
  return undefined;
}

/** `{"==": [{"substr": [date, 0, 4]}, {"cat": [{"var": "$form.year"}]}]}`: a date in the form's year. */
function dateInYear(args: Json): RuleShape | undefined {
  const [left, right] = argList(args, 2) ?? [];
  const substr = operation(left);
  const [date, start, length] = substr?.op === "substr" ? (argList(substr.args, 3) ?? []) : [];
  const cat = operation(right);
  const path = varPath(date);
  const year = cat?.op === "cat" ? varPath(argList(cat.args, 1)?.[0]) : undefined;
  return path !== undefined && start === 0 && length === 4 && year === FORM_YEAR ? { kind: "dateInYear", path } : undefined;
}

/** `{"if": [c1, "text 1", c2, "text 2", …, "otherwise"]}`: conditions picking a text. */
function cases(args: Json, depth: number): RuleShape | undefined {
  const list = argList(args);
  if (!list || list.length < 3 || list.length % 2 === 0) return undefined;
  const otherwise = list[list.length - 1];
  if (typeof otherwise !== "string") return undefined;
  const picked: { when: RuleShape; then: string }[] = [];
  for (let i = 0; i + 1 < list.length; i += 2) {
    const when = condition(list[i], depth + 1);
    const then = list[i + 1];
    if (!when || typeof then !== "string") return undefined;
    picked.push({ when, then });
  }
  return { kind: "cases", cases: picked, otherwise };
}

/** A condition: a comparison, an answer, a combination of them. */
function condition(node: Json, depth: number): RuleShape | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const found = operation(node);
  if (!found) return undefined;
  const { op, args } = found;
  if (op === "==" && operation(argList(args, 2)?.[0])?.op === "substr") return dateInYear(args);
  if (isComparison(op)) {
    const [left, right] = argList(args, 2) ?? [];
    const subject = quantity(left, depth + 1);
    if (!subject) return undefined;
    if (isFiniteNumber(right)) return { kind: "compare", subject, op, value: right };
    if (typeof right === "string" || typeof right === "boolean") return { kind: "answer", subject, op, value: right };
    const other = quantity(right, depth + 1);
    return other ? { kind: "compare", subject, op, value: other } : undefined;
  }
  if (op === "in") {
    const [left, values] = argList(args, 2) ?? [];
    const subject = quantity(left, depth + 1);
    const listed = argList(values);
    if (subject && listed && listed.length > 0 && listed.every((v) => typeof v === "string" || isFiniteNumber(v))) {
      return { kind: "answerIn", subject, values: listed as (string | number)[] };
    }
    return undefined;
  }
  if (op === "filled") {
    const subject = quantity(argList(args, 1)?.[0], depth + 1);
    return subject ? { kind: "filled", subject } : undefined;
  }
  if (op === "validIn") {
    const [from, until, year] = (argList(args, 3) ?? []).map(varPath);
    return from !== undefined && until !== undefined && year === FORM_YEAR ? { kind: "validIn", from, until } : undefined;
  }
  if (op === "and" || op === "or") {
    const parts = argList(args)?.map((part) => condition(part, depth + 1));
    if (!parts || parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
    return { kind: op === "and" ? "all" : "any", of: parts as RuleShape[] };
  }
  if (op === "!") {
    const wrapped = Array.isArray(args);
    const inner = condition(wrapped ? argList(args, 1)?.[0] : args, depth + 1);
    return inner ? { kind: "not", of: inner, wrapped } : undefined;
  }
  if (op === "if") return cases(args, depth);
  if (op === "none") {
    const [listNode, whereNode] = argList(args, 2) ?? [];
    const list = varPath(listNode);
    const where = condition(whereNode, depth + 1);
    return list !== undefined && where ? { kind: "listNone", list, where } : undefined;
  }
  return undefined;
}

const v = (path: string): JsonLogic => ({ var: path });

/** The JSON-Logic of a shape. */
export function toRule(shape: RuleShape): JsonLogic {
  switch (shape.kind) {
    case "value":
      return v(shape.path);
    case "compare":
      return { [shape.op]: [toRule(shape.subject), typeof shape.value === "number" ? shape.value : toRule(shape.value)] };
    case "answer":
      return { [shape.op]: [toRule(shape.subject), shape.value] };
    case "answerIn":
      return { in: [toRule(shape.subject), [...shape.values]] };
    case "filled":
      return { filled: [toRule(shape.subject)] };
    case "validIn":
      return { validIn: [v(shape.from), v(shape.until), v(FORM_YEAR)] };
    case "dateInYear":
      return { "==": [{ substr: [v(shape.path), 0, 4] }, { cat: [v(FORM_YEAR)] }] };
    case "all":
      return { and: shape.of.map(toRule) };
    case "any":
      return { or: shape.of.map(toRule) };
    case "not":
      return { "!": shape.wrapped ? [toRule(shape.of)] : toRule(shape.of) };
    case "listCount":
      return shape.where === undefined ? { count: [v(shape.list)] } : { count: { filter: [v(shape.list), toRule(shape.where)] } };
    case "listNone":
      return { none: [v(shape.list), toRule(shape.where)] };
    case "columnSum":
      return { sumOf: [v(shape.list), shape.column] };
    case "sum":
      return { "+": shape.of.map(toRule) };
    case "growth":
      return { growth: [v(shape.from), v(shape.to)] };
    case "length":
      return { charLength: [toRule(shape.subject)] };
    case "perItem":
      return { clamp: [{ "*": [shape.points, toRule(shape.subject)] }, shape.min, shape.cap] };
    case "cases":
      return { if: [...shape.cases.flatMap((c) => [toRule(c.when), c.then]), shape.otherwise] };
  }
}

/**
 * The rule as a shape the structured editors know, or null (then the raw JSON-Logic editor).
 * Guaranteed: `toRule(recognize(rule))` is the same JSON as `rule`.
 */
export function recognize(rule: JsonLogic): RuleShape | null {
  const shape = condition(rule, 0) ?? quantity(rule, 0);
  if (!shape) return null;
  return JSON.stringify(toRule(shape)) === JSON.stringify(rule) ? shape : null;
}
