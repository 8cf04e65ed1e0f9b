/**
 * A rule shape as the structured editors show it: every path it reads named by its label and unit
 * (a column inside a list's filter by that list's column), so nothing an officer sees is an internal
 * id. `unnamed(model)` lists what the form has no label for (lint reports those paths).
 */
import type { Comparison, RuleShape } from "../types.js";
import type { FormNames, Named } from "./names.js";

export type ShapeModel =
  | { readonly kind: "value"; readonly value: Named }
  | { readonly kind: "compare"; readonly subject: ShapeModel; readonly op: Comparison; readonly value: number | ShapeModel; readonly unit?: string }
  | { readonly kind: "answer"; readonly subject: ShapeModel; readonly op: Comparison; readonly value: string | boolean }
  | { readonly kind: "answerIn"; readonly subject: ShapeModel; readonly values: readonly (string | number)[] }
  | { readonly kind: "filled"; readonly subject: ShapeModel }
  | { readonly kind: "validIn"; readonly from: Named; readonly until: Named }
  | { readonly kind: "dateInYear"; readonly date: Named }
  | { readonly kind: "all" | "any"; readonly of: readonly ShapeModel[] }
  | { readonly kind: "not"; readonly of: ShapeModel }
  | { readonly kind: "listCount"; readonly list: Named; readonly where?: ShapeModel }
  | { readonly kind: "listNone"; readonly list: Named; readonly where: ShapeModel }
  | { readonly kind: "columnSum"; readonly list: Named; readonly column: Named }
  | { readonly kind: "sum"; readonly of: readonly ShapeModel[] }
  | { readonly kind: "growth"; readonly from: Named; readonly to: Named }
  | { readonly kind: "length"; readonly subject: ShapeModel }
  | { readonly kind: "perItem"; readonly points: number; readonly subject: ShapeModel; readonly min: number; readonly cap: number }
  | { readonly kind: "cases"; readonly cases: readonly { readonly when: ShapeModel; readonly then: string }[]; readonly otherwise: string };

/** The unit of what a threshold is compared with: the field's or computed value's, the list's items for a count. */
function unitOf(subject: ShapeModel): string | undefined {
  if (subject.kind === "value") return subject.value.unit;
  if (subject.kind === "columnSum") return subject.column.unit;
  if (subject.kind === "sum") return subject.of.map(unitOf).find((u) => u !== undefined);
  if (subject.kind === "growth") return "%";
  return undefined;
}

/** The shape with its paths named; `list` is the list whose items the paths are relative to (inside a filter). */
export function shapeModel(names: FormNames, shape: RuleShape, list?: string): ShapeModel {
  const name = (path: string): Named => names.name(path, list);
  const model = (inner: RuleShape): ShapeModel => shapeModel(names, inner, list);
  switch (shape.kind) {
    case "value":
      return { kind: "value", value: name(shape.path) };
    case "compare": {
      const subject = model(shape.subject);
      const unit = typeof shape.value === "number" ? unitOf(subject) : undefined;
      return { kind: "compare", subject, op: shape.op, value: typeof shape.value === "number" ? shape.value : model(shape.value), ...(unit !== undefined ? { unit } : {}) };
    }
    case "answer":
      return { kind: "answer", subject: model(shape.subject), op: shape.op, value: shape.value };
    case "answerIn":
      return { kind: "answerIn", subject: model(shape.subject), values: shape.values };
    case "filled":
      return { kind: "filled", subject: model(shape.subject) };
    case "validIn":
      return { kind: "validIn", from: name(shape.from), until: name(shape.until) };
    case "dateInYear":
      return { kind: "dateInYear", date: name(shape.path) };
    case "all":
    case "any":
      return { kind: shape.kind, of: shape.of.map(model) };
    case "not":
      return { kind: "not", of: model(shape.of) };
    case "listCount":
      return { kind: "listCount", list: name(shape.list), ...(shape.where ? { where: shapeModel(names, shape.where, shape.list) } : {}) };
    case "listNone":
      return { kind: "listNone", list: name(shape.list), where: shapeModel(names, shape.where, shape.list) };
    case "columnSum":
      return { kind: "columnSum", list: name(shape.list), column: names.name(shape.column, shape.list) };
    case "sum":
      return { kind: "sum", of: shape.of.map(model) };
    case "growth":
      return { kind: "growth", from: name(shape.from), to: name(shape.to) };
    case "length":
      return { kind: "length", subject: model(shape.subject) };
    case "perItem":
      return { kind: "perItem", points: shape.points, subject: model(shape.subject), min: shape.min, cap: shape.cap };
    case "cases":
      return { kind: "cases", cases: shape.cases.map((c) => ({ when: model(c.when), then: c.then })), otherwise: shape.otherwise };
  }
}

/** Every path the model names, in reading order. */
export function namedIn(model: ShapeModel): Named[] {
  const out: Named[] = [];
  const visit = (node: ShapeModel | number): void => {
    if (typeof node === "number") return;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) visitAny(item);
      else visitAny(value);
    }
  };
  const visitAny = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if ("path" in value && "label" in value) out.push(value as Named);
    else if ("kind" in value) visit(value as ShapeModel);
    else if ("when" in value) visit((value as { when: ShapeModel }).when);
  };
  visit(model);
  return out;
}

/** The paths the form has no label for (the editor then shows the path, and lint reports it). */
export const unnamed = (model: ShapeModel): Named[] => namedIn(model).filter((n) => n.kind === "unknown");
