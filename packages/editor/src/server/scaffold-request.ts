/**
 * A scaffold request's arguments, checked field by field: the body is untrusted, and only the
 * arguments the editor's dialogs send are taken (every other key is dropped).
 */
import { isRecord } from "@cluster-form/schema";
import type { NewColumnArgs } from "../edits/types.js";
import type { ScaffoldRequest } from "../protocol.js";

const MAX_TEXT = 2000;
const KINDS: readonly NewColumnArgs["kind"][] = ["text", "number", "integer", "date", "yesNo"];
const OPS = [">", ">=", "=="] as const;

class Invalid extends Error {}

function text(value: unknown, optional: true): string | undefined;
function text(value: unknown, optional?: false): string;
function text(value: unknown, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== "string" || value.length > MAX_TEXT) throw new Invalid();
  return value;
}

function number(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Invalid();
  return value;
}

const flag = (value: unknown): boolean | undefined => (value === undefined ? undefined : value === true);

function oneOf<T>(value: unknown, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Invalid();
  return found;
}

function record(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Invalid();
  return value;
}

const withOptional = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [k in K]: V }));

function column(value: unknown): NewColumnArgs {
  const c = record(value);
  return { label: text(c.label), kind: oneOf(c.kind, KINDS), ...withOptional("unit", text(c.unit, true)) };
}

function request(kind: unknown, raw: Record<string, unknown>): ScaffoldRequest {
  const testName = text(raw.testName);
  switch (kind) {
    case "listCriterion": {
      const list = record(raw.list);
      const criterion = record(raw.criterion);
      const takeFrom = raw.takeFrom === undefined ? undefined : raw.takeFrom;
      if (takeFrom !== undefined && (!Array.isArray(takeFrom) || takeFrom.length > 20)) throw new Invalid();
      return {
        kind,
        args: {
          list: { part: text(list.part), label: text(list.label) },
          criterion: {
            label: text(criterion.label),
            points: number(criterion.points),
            text: text(criterion.text),
            otherwiseText: text(criterion.otherwiseText),
            op: oneOf(criterion.op, OPS),
            threshold: number(criterion.threshold),
            ...withOptional("withinValidity", flag(criterion.withinValidity)),
            ...withOptional("unit", text(criterion.unit, true)),
          },
          ...withOptional(
            "takeFrom",
            takeFrom?.map((entry: unknown) => {
              const from = record(entry);
              return { criterion: text(from.criterion), points: number(from.points) };
            }),
          ),
          testName,
        },
      };
    }
    case "field":
      return { kind, args: { part: text(raw.part), field: column(raw.field), ...withOptional("required", flag(raw.required)), testName } };
    case "column":
      return { kind, args: { part: text(raw.part), list: text(raw.list), column: column(raw.column), ...withOptional("required", flag(raw.required)), testName } };
    case "movePoints":
      return { kind, args: { from: text(raw.from), to: text(raw.to), points: number(raw.points), testName } };
    default:
      throw new Invalid();
  }
}

/** The scaffold a request body asks for, or undefined when it is not one the editor sends. */
export function scaffoldRequest(body: unknown): ScaffoldRequest | undefined {
  try {
    const value = record(body);
    return request(value.kind, record(value.args));
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}
