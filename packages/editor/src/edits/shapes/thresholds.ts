/**
 * The numbers a structured editor lets the officer change in a rule: each comparison's threshold,
 * and the points per item with their floor and cap, with the site of the number (for
 * `setThreshold`) and what it concerns.
 */
import { formatPointer } from "@cluster-form/schema";
import type { Comparison, JsonLogic, RuleShape, Site } from "../types.js";
import { recognize } from "./index.js";

export interface Threshold {
  readonly site: Site;
  /** `threshold`: compared with; `perItem`, `floor`, `cap`: points per counted item and their bounds. */
  readonly role: "threshold" | "perItem" | "floor" | "cap";
  /** The comparison, for a threshold. */
  readonly op?: Comparison;
  readonly value: number;
  /** The value compared or counted (a field's or computed value's path, a count…). */
  readonly subject: RuleShape;
}

/** Where a shape's JSON sits inside the rule, to name the threshold's pointer. */
function collect(shape: RuleShape, segments: readonly (string | number)[], site: Site, out: Threshold[]): void {
  const at = (...more: (string | number)[]): (string | number)[] => [...segments, ...more];
  switch (shape.kind) {
    case "compare":
      if (typeof shape.value === "number") {
        out.push({ site: { file: site.file, pointer: site.pointer + formatPointer(at(shape.op, 1)) }, role: "threshold", op: shape.op, value: shape.value, subject: shape.subject });
      }
      return;
    case "perItem": {
      const number = (role: Threshold["role"], value: number, ...path: (string | number)[]): Threshold => ({
        site: { file: site.file, pointer: site.pointer + formatPointer(at("clamp", ...path)) },
        role,
        value,
        subject: shape.subject,
      });
      out.push(number("perItem", shape.points, 0, "*", 0), number("floor", shape.min, 1), number("cap", shape.cap, 2));
      return;
    }
    case "all":
    case "any":
      shape.of.forEach((part, i) => collect(part, at(shape.kind === "all" ? "and" : "or", i), site, out));
      return;
    case "not":
      collect(shape.of, shape.wrapped ? at("!", 0) : at("!"), site, out);
      return;
    default:
      return;
  }
}

/** The thresholds of the rule written at `site` (empty when it is not in a known shape). */
export function thresholdsOf(site: Site, rule: JsonLogic): Threshold[] {
  const shape = recognize(rule);
  const out: Threshold[] = [];
  if (shape) collect(shape, [], site, out);
  return out;
}

