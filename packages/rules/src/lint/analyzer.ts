/**
 * What a rule reads and what kind of value each expression gives: `var` paths resolved against the
 * part schemas (rows of repeating tables inside filter/map/… against the array's `items`), the
 * computed values, `$form` and `$result` (`$form.…` and `$computed.…` also inside rows).
 */
import type { FormPackage, LocalizedMessage } from "@cluster-form/schema";
import { isRootPath } from "../logic/safe-var.js";
import { operationDefinition } from "../ops/index.js";
import { closest, isObject, type JsonObject } from "../form-json/json.js";
import type { LintMessageKey, LintMessageParamsMap, SiteRef, ValueType } from "./messages.js";
import { lintMessage } from "./messages.js";
import { schemaChild, schemaChoices, schemaItems, schemaTitle, schemaTypes, typeOfValue } from "../form-json/schema-nav.js";
import type { RuleSite } from "@cluster-form/schema";

/** What is known about the value of an expression. Every member may be unknown. */
export interface Shape {
  readonly types?: ReadonlySet<ValueType>;
  /** The data schema, when the value is (a part of) the submission. */
  readonly schema?: JsonObject;
  /** The shape of each element, for lists built by rules (map). */
  readonly items?: Shape;
  /** A description for people: the field label and its path. */
  readonly describe?: string;
  readonly choices?: readonly unknown[];
}

export const UNKNOWN: Shape = {};

export type Scope =
  | { readonly kind: "root"; readonly site: RuleSite }
  | { readonly kind: "row"; readonly site: RuleSite; readonly row: Shape; readonly array: string }
  | { readonly kind: "reduce"; readonly site: RuleSite; readonly current: Shape; readonly accumulator: Shape; readonly array: string };

export interface VarProblem {
  readonly code: LintMessageKey;
  readonly message: LocalizedMessage;
}

export interface ComputedEntry {
  readonly id: string;
  readonly label?: string;
  readonly logic: unknown;
  readonly file: string;
  readonly pointer: string;
  readonly site: RuleSite;
}

export interface RuleAnalyzer {
  readonly computed: ReadonlyMap<string, ComputedEntry>;
  /** The computed id a `$computed.` path reads, or undefined. */
  computedIdOf(rest: string): string | undefined;
  /** `rowKey`: the path is a key read from the row by an operation (sumOf), never from the root context. */
  resolveVar(path: string, scope: Scope, rowKey?: boolean): { readonly shape: Shape; readonly problem?: VarProblem };
  infer(node: unknown, scope: Scope): Shape;
  rowShape(array: Shape): Shape;
  siteRef(site: RuleSite): SiteRef;
}

const FORM_KEYS: Record<string, ValueType> = { id: "string", version: "string", year: "number" };

const setOf = (...types: ValueType[]): ReadonlySet<ValueType> => new Set(types);

function union(shapes: readonly Shape[]): Shape {
  const types = new Set<ValueType>();
  for (const shape of shapes) {
    if (!shape.types) return UNKNOWN;
    shape.types.forEach((t) => types.add(t));
  }
  return { types };
}

const argsOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

/** The single operation of a rule node, or undefined for data. */
export function operationOf(node: unknown): { readonly op: string; readonly args: readonly unknown[] } | undefined {
  if (!isObject(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const op = keys[0] as string;
  return { op, args: argsOf(node[op]) };
}

export function createAnalyzer(pkg: FormPackage, sites: readonly RuleSite[]): RuleAnalyzer {
  const computed = new Map<string, ComputedEntry>();
  for (const site of sites) {
    if (site.kind === "computed" && site.owner !== undefined && !computed.has(site.owner)) {
      computed.set(site.owner, { id: site.owner, label: site.label, logic: site.logic, file: site.file, pointer: site.pointer, site });
    }
  }
  const partSchemas = new Map<string, { schema: JsonObject | undefined; title: string }>();
  for (const part of pkg.parts) {
    const schema: unknown = part.schema;
    partSchemas.set(part.ref.id, { schema: isObject(schema) ? schema : undefined, title: part.ref.title });
  }
  const computedShapes = new Map<string, Shape>();
  const inferring = new Set<string>();

  const siteRef = (site: RuleSite): SiteRef => ({ kind: site.kind, owner: site.owner, label: site.label });

  const problem = <K extends LintMessageKey>(code: K, params: LintMessageParamsMap[K]): VarProblem => ({
    code,
    message: lintMessage(code, params),
  });

  const shapeOfSchema = (schema: JsonObject, describe: string): Shape => ({
    schema,
    types: schemaTypes(schema),
    describe,
    choices: schemaChoices(schema),
  });

  const describeField = (schema: JsonObject | undefined, path: string): string => {
    const title = schema ? schemaTitle(schema) : undefined;
    return title ? `${title} [${path}]` : `[${path}]`;
  };

  /** Walks `segments` from `start`; reports the first segment the schema does not have. */
  const walkSchema = (
    start: Shape,
    segments: readonly string[],
    pathSoFar: string,
    fullPath: string,
    scope: Scope,
    inRow: string | undefined,
  ): { shape: Shape; problem?: VarProblem } => {
    let shape = start;
    let path = pathSoFar;
    for (const segment of segments) {
      path = path === "" ? segment : `${path}.${segment}`;
      if (!shape.schema) {
        if (shape.items && /^\d+$/.test(segment)) {
          shape = shape.items;
          continue;
        }
        return { shape: UNKNOWN };
      }
      const child = schemaChild(shape.schema, segment);
      if (child.kind === "open") return { shape: UNKNOWN };
      if (child.kind === "length") {
        shape = { types: setOf("number"), describe: `[${path}]` };
        continue;
      }
      if (child.kind === "missing") {
        const suggestion = closest(segment, child.known);
        const site = siteRef(scope.site);
        return {
          shape: UNKNOWN,
          problem: inRow
            ? problem("lint.var.unknownRowField", { site, path: fullPath, missing: segment, array: inRow, suggestion })
            : problem("lint.var.unknownField", { site, path: fullPath, missing: segment, parent: shape.describe ?? "", suggestion }),
        };
      }
      shape = shapeOfSchema(child.schema, describeField(child.schema, path));
    }
    return { shape };
  };

  const computedIdOf = (rest: string): string | undefined => {
    if (computed.has(rest)) return rest;
    let best: string | undefined;
    for (const id of computed.keys()) if (rest.startsWith(id + ".") && (!best || id.length > best.length)) best = id;
    return best;
  };

  const computedShape = (id: string): Shape => {
    const cached = computedShapes.get(id);
    if (cached) return cached;
    const entry = computed.get(id);
    if (!entry || inferring.has(id)) return UNKNOWN;
    inferring.add(id);
    const inferred = infer(entry.logic, { kind: "root", site: entry.site });
    inferring.delete(id);
    const shape: Shape = { ...inferred, describe: `${entry.label ?? id} [$computed.${id}]` };
    computedShapes.set(id, shape);
    return shape;
  };

  const resolveRoot = (path: string, scope: Scope): { shape: Shape; problem?: VarProblem } => {
    const site = siteRef(scope.site);
    if (path === "") return { shape: { types: setOf("object") } };
    const segments = path.split(".");
    const head = segments[0] ?? "";
    if (head === "$form") {
      if (segments.length === 1) return { shape: { types: setOf("object") } };
      const key = segments[1] ?? "";
      const type = Object.hasOwn(FORM_KEYS, key) ? FORM_KEYS[key] : undefined;
      if (!type || segments.length > 2) return { shape: UNKNOWN, problem: problem("lint.var.unknownFormKey", { site, path }) };
      return { shape: { types: setOf(type), describe: `[${path}]` } };
    }
    if (head === "$computed") {
      const rest = segments.slice(1).join(".");
      const id = computedIdOf(rest);
      if (!id) {
        return { shape: UNKNOWN, problem: problem("lint.var.unknownComputed", { site, path, suggestion: closest(rest, computed.keys()) }) };
      }
      return rest === id ? { shape: computedShape(id) } : { shape: UNKNOWN };
    }
    if (head === "$result") {
      return scope.site.kind === "summary"
        ? { shape: UNKNOWN }
        : { shape: UNKNOWN, problem: problem("lint.var.resultOutsideSummary", { site, path }) };
    }
    if (head === "$parameters") {
      const declared = (pkg.summarySheet?.parameters ?? []).map((p) => p.id);
      const known = scope.site.kind === "summary" && segments.length === 2 && declared.includes(segments[1] ?? "");
      return known ? { shape: { types: setOf("string"), describe: `[${path}]` } } : { shape: UNKNOWN, problem: problem("lint.var.unknownParameter", { site, path, declared: declared.join(", ") }) };
    }
    const part = partSchemas.get(head);
    if (!part) {
      return { shape: UNKNOWN, problem: problem("lint.var.unknownPart", { site, path, part: head, suggestion: closest(head, partSchemas.keys()) }) };
    }
    if (!part.schema) return { shape: UNKNOWN };
    const start = shapeOfSchema(part.schema, `${part.title} [${head}]`);
    return walkSchema(start, segments.slice(1), head, path, scope, undefined);
  };

  const resolveVar = (rawPath: string, scope: Scope, rowKey = false): { shape: Shape; problem?: VarProblem } => {
    const path = rawPath;
    // `$form.…` and `$computed.…` read the evaluation's root context also inside rows (as `var` does).
    if (scope.kind === "root" || (isRootPath(path) && !rowKey)) return resolveRoot(path, scope);
    const segments = path === "" ? [] : path.split(".");
    if (scope.kind === "row") return walkSchema(scope.row, segments, "", path, scope, scope.array);
    const head = segments[0];
    if (head === undefined) return { shape: { types: setOf("object") } };
    if (head === "current") return walkSchema(scope.current, segments.slice(1), "current", path, scope, scope.array);
    if (head === "accumulator") return segments.length === 1 ? { shape: scope.accumulator } : { shape: UNKNOWN };
    return {
      shape: UNKNOWN,
      problem: problem("lint.var.unknownRowField", {
        site: siteRef(scope.site),
        path,
        missing: head,
        array: scope.array,
        suggestion: closest(head, ["current", "accumulator"]),
      }),
    };
  };

  const rowShape = (array: Shape): Shape => {
    if (array.items) return array.items;
    const items = array.schema ? schemaItems(array.schema) : undefined;
    return items ? shapeOfSchema(items, describeField(items, `${array.describe ?? ""} *`)) : UNKNOWN;
  };

  const varPathOf = (args: readonly unknown[]): string | undefined => {
    const first = args[0];
    if (typeof first === "string") return first;
    if (typeof first === "number") return String(first);
    if (first === undefined || first === null) return "";
    return undefined;
  };

  function infer(node: unknown, scope: Scope): Shape {
    if (node === null || typeof node !== "object") {
      return { types: setOf(typeOfValue(node)), describe: JSON.stringify(node) };
    }
    if (Array.isArray(node)) return { types: setOf("array") };
    const operation = operationOf(node);
    if (!operation) return { types: setOf("object") };
    const { op, args } = operation;
    const result = operationDefinition(op)?.result;
    if (result === undefined) return UNKNOWN;
    if (typeof result !== "string") return { types: new Set(result) };
    switch (result) {
      case "read": {
        const path = varPathOf(args);
        if (path === undefined) return UNKNOWN;
        const { shape } = resolveVar(path, scope);
        return args.length > 1 ? { ...union([shape, infer(args[1], scope)]), describe: shape.describe, schema: shape.schema, choices: shape.choices } : shape;
      }
      case "either":
        return union(args.map((a) => infer(a, scope)));
      case "branch":
        return union(args.filter((_, i) => i % 2 === 1 || i === args.length - 1).map((a) => infer(a, scope)));
      case "rows": {
        const source = infer(args[0], scope);
        return { types: setOf("array"), schema: source.schema, items: source.items, describe: source.describe };
      }
      case "mapped": {
        const source = infer(args[0], scope);
        const row = rowShape(source);
        return { types: setOf("array"), items: infer(args[1], { kind: "row", site: scope.site, row, array: source.describe ?? "" }) };
      }
      case "merged": {
        const first = args.length > 0 ? infer(args[0], scope) : UNKNOWN;
        return { types: setOf("array"), items: args.length === 1 ? rowShape(first) : undefined };
      }
      case "reduced": {
        const initial = infer(args[2], scope);
        const source = infer(args[0], scope);
        const reduced = infer(args[1], { kind: "reduce", site: scope.site, current: rowShape(source), accumulator: initial, array: source.describe ?? "" });
        return union([initial, reduced]);
      }
    }
  }

  return { computed, computedIdOf, resolveVar, infer, rowShape, siteRef };
}
