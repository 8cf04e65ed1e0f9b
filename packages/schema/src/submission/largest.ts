/**
 * The largest submission a form allows, read from its data schemas (maxLength, maxItems, enums),
 * so that every size limit on a submission follows the form instead of a guess: a legitimate
 * submission, with every list full, every text at its maximum and every attachment at its largest,
 * never reaches it. Measured as `exceedsLimits` (./size.ts) measures a submission.
 */
import { perForm } from "../model/per-form.js";
import type { DataSchema, FormPackage } from "../types.js";
import type { InputLimits } from "./size.js";
import { MAX_REASON_TEXT } from "./schema.js";
import { BRACKETS, jsonBound, KEY_PUNCTUATION, MAX_SUBMISSION_DEPTH, SCALAR, UNBOUNDED_FORM_SUBMISSION_BYTES } from "./size.js";

export { UNBOUNDED_FORM_SUBMISSION_BYTES };

export interface SubmissionBound {
  /**
   * The submission as compact JSON, with text at three bytes a character (the most UTF-8 needs
   * for a BMP character): the measure `createSubmissionValidator`'s `limits.maxBytes` uses.
   */
  readonly compactBytes: number;
  /** The same written with indentation (up to four spaces a level) and a line per value, as tools pretty-print JSON. */
  readonly indentedBytes: number;
  /** How many values (objects, lists and the values in them) the submission holds at most: the cells of a workbook of it. */
  readonly values: number;
}

/** Room for what a submission may carry besides the form's fields (unknown keys are kept, notes, a version). */
const ENVELOPE_SLACK = 64 * 1024;
/** A number's text at its longest (`-1.2345678901234567e-308`). */
const NUMBER = 24;
/** Never more as compact JSON, whatever a form declares: validating 256 MiB already takes about a gigabyte. */
export const MAX_SUBMISSION_BYTES = 256 * 2 ** 20;
/** The text of a submission whose form has no bound may be this many times its compact size (indentation). */
const UNBOUNDED_INDENTATION = 2;
const INDENT_PER_LEVEL = 4;

interface Size {
  readonly compact: number;
  /** Values in the subtree, each of which may start a new indented line. */
  readonly indentation: number;
  readonly values: number;
}

const UNBOUNDED: Size = { compact: Number.POSITIVE_INFINITY, indentation: Number.POSITIVE_INFINITY, values: Number.POSITIVE_INFINITY };
/** A string of at most `characters` characters, at three bytes each, with its quotes (as ./size.ts bounds text). */
const text = (characters: number): number => characters * 3 + 2;
const line = (depth: number): number => 1 + INDENT_PER_LEVEL * depth;
const add = (a: Size, b: Size): Size => ({ compact: a.compact + b.compact, indentation: a.indentation + b.indentation, values: a.values + b.values });
const larger = (a: Size, b: Size): Size => (a.compact + a.indentation >= b.compact + b.indentation ? a : b);
const times = (size: Size, n: number): Size => ({ compact: size.compact * n, indentation: size.indentation * n, values: size.values * n });
/** Bytes only, no value of their own (a key, a comma, the envelope's slack). */
const bytes = (compact: number): Size => ({ compact, indentation: 0, values: 0 });
/** One value of `compact` bytes on its own line. */
const value = (compact: number, depth: number): Size => ({ compact, indentation: line(depth), values: 1 });

function literalSize(literal: unknown, depth: number): Size {
  return value(jsonBound(literal), depth);
}

function objectSize(schema: DataSchema, depth: number): Size {
  const extra = schema.additionalProperties ?? true;
  // A schema that lists its properties but leaves others open still bounds the form's own fields; unknown keys count in the slack.
  if (schema.patternProperties || (extra !== false && extra !== true)) return UNBOUNDED;
  let size = value(BRACKETS, depth);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property === "boolean") continue;
    size = add(size, add(bytes(text(key.length) + KEY_PUNCTUATION), schemaSize(property, depth + 1)));
  }
  return size;
}

function arraySize(schema: DataSchema, depth: number): Size {
  const { items, maxItems } = schema;
  if (maxItems === undefined || items === undefined || typeof items === "boolean" || Array.isArray(items)) return UNBOUNDED;
  return add(value(BRACKETS, depth), times(add(schemaSize(items as DataSchema, depth + 1), bytes(1)), maxItems));
}

function typedSize(schema: DataSchema, type: string, depth: number): Size {
  switch (type) {
    case "object":
      return objectSize(schema, depth);
    case "array":
      return arraySize(schema, depth);
    case "string":
      return schema.maxLength === undefined ? UNBOUNDED : value(text(schema.maxLength), depth);
    case "number":
    case "integer":
      return value(NUMBER, depth);
    default:
      return value(SCALAR, depth);
  }
}

/** The largest JSON a value valid against `schema` can take. Alternatives count as the largest of them. */
function schemaSize(schema: DataSchema, depth: number): Size {
  if (schema.const !== undefined) return literalSize(schema.const, depth);
  if (schema.enum) return schema.enum.map((value) => literalSize(value, depth)).reduce(larger);
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].filter((s): s is DataSchema => typeof s === "object");
  const literalAlternatives = alternatives.length > 0 && alternatives.every((s) => s.const !== undefined);
  if (literalAlternatives) return alternatives.map((s) => schemaSize(s, depth)).reduce(larger);
  const types = schema.type === undefined ? (schema.properties ? ["object"] : []) : [schema.type].flat();
  if (types.length === 0) return UNBOUNDED;
  return types.map((type) => typedSize(schema, type, depth)).reduce(larger);
}

/** `scores` or `reasons`: one value of `valueBytes` per criterion and score column. */
function perCriterionSize(pkg: FormPackage, valueBytes: number): Size {
  const columns = pkg.manifest.scoreColumns.reduce((sum, column) => sum + text(column.id.length) + KEY_PUNCTUATION + valueBytes, BRACKETS);
  const criteria = pkg.parts.flatMap((part) => part.rules?.criteria ?? []);
  const perCriterion = 1 + pkg.manifest.scoreColumns.length;
  return criteria.reduce<Size>(
    (size, criterion) => add(size, { compact: text(criterion.id.length) + KEY_PUNCTUATION + columns, indentation: line(2) * perCriterion, values: perCriterion }),
    value(BRACKETS, 1),
  );
}

/** The largest submission of `pkg`, or undefined when a field has no bound (a text without maxLength, a list without maxItems). */
export function largestSubmission(pkg: FormPackage): SubmissionBound | undefined {
  // Every score a number; every score a reviewer changed with its reason at the longest.
  let total: Size = add(add(perCriterionSize(pkg, NUMBER), perCriterionSize(pkg, text(MAX_REASON_TEXT))), bytes(ENVELOPE_SLACK));
  for (const part of pkg.parts) {
    if (!part.schema) continue;
    total = add(total, add(bytes(text(part.ref.id.length) + KEY_PUNCTUATION), schemaSize(part.schema, 2)));
  }
  if (!Number.isFinite(total.compact + total.indentation)) return undefined;
  return { compactBytes: Math.ceil(total.compact), indentedBytes: Math.ceil(total.compact + total.indentation), values: total.values };
}

/** A form's limits on a submission, as `createSubmissionValidator` applies them by default. */
export interface SubmissionLimits extends InputLimits {
  /** The most JSON text of a submission worth reading (indented as tools write it): a reader refuses more before reading it. */
  readonly maxTextBytes: number;
  /**
   * The most JSON values a submission's text may hold, as `countValues` counts them: the form's
   * largest submission, and what its envelope's slack can hold besides. A reader refuses more
   * before parsing: a parser builds an object per value, whatever the bytes.
   */
  readonly maxValues: number;
  /** False when a field of the form has no bound: the limits are then UNBOUNDED_FORM_SUBMISSION_BYTES' fixed ones. */
  readonly bounded: boolean;
}

/** Values the envelope's slack can hold: two bytes each at the least (`0,`). */
const SLACK_VALUES = ENVELOPE_SLACK / 2;
/** For a form with a field without bound: a value for every 64 bytes of the fixed byte limit. */
const UNBOUNDED_VALUES = UNBOUNDED_FORM_SUBMISSION_BYTES / 64;

/**
 * The limits on a submission of `pkg`: its largest submission (`largestSubmission`), never more
 * than MAX_SUBMISSION_BYTES; UNBOUNDED_FORM_SUBMISSION_BYTES for a form with a field without bound.
 */
export const submissionLimits = /* @__PURE__ */ perForm((pkg): SubmissionLimits => {
  const largest = largestSubmission(pkg);
  return largest
    ? {
        maxBytes: Math.min(largest.compactBytes, MAX_SUBMISSION_BYTES),
        maxTextBytes: Math.min(largest.indentedBytes, UNBOUNDED_INDENTATION * MAX_SUBMISSION_BYTES),
        maxDepth: MAX_SUBMISSION_DEPTH,
        maxValues: largest.values + SLACK_VALUES,
        bounded: true,
      }
    : {
        maxBytes: UNBOUNDED_FORM_SUBMISSION_BYTES,
        maxTextBytes: UNBOUNDED_INDENTATION * UNBOUNDED_FORM_SUBMISSION_BYTES,
        maxDepth: MAX_SUBMISSION_DEPTH,
        maxValues: UNBOUNDED_VALUES,
        bounded: false,
      };
});
