/**
 * Ajv's messages speak JSON Schema ("must be number", "must be >= 0", `must match format "date"`).
 * People filling a form are told instead, in words, what the field wants: a number, at most 200
 * characters, at most 20 rows, a date, in Chinese and English, for every keyword; a keyword of no
 * form here yet gets general words ("does not meet the requirements") with Ajv's English.
 */
import type { ErrorObject } from "ajv";
import type { DataRuleKind, DataTypeName } from "../locales/messages.catalog.js";
import { message } from "../locales/index.js";
import { formatPointer } from "../model/pointer.js";
import { schemaAtPointer } from "../model/schema-at.js";
import { isRecord } from "../model/record.js";
import type { DataSchema, LocalizedMessage } from "../types.js";

const TYPE_NAMES: readonly DataTypeName[] = ["number", "integer", "string", "boolean", "array", "object", "null"];

/** The type a `type` error asks for (Ajv joins a list with commas): the first that is not `null`, as a blank is allowed anyway. */
function wantedType(param: unknown): DataTypeName | undefined {
  if (typeof param !== "string") return undefined;
  const names = param.split(",").filter((name): name is DataTypeName => (TYPE_NAMES as readonly string[]).includes(name));
  return names.find((name) => name !== "null") ?? names[0];
}

/** What the field's schema tells a person about the text it wants: its description, or its placeholder as an example. */
function formatHints(field: DataSchema | undefined): { description?: string; example?: string } {
  return {
    ...(typeof field?.description === "string" ? { description: field.description } : {}),
    ...(typeof field?.placeholder === "string" ? { example: field.placeholder } : {}),
  };
}

/** A list whose items are objects is a table: its items are rows. */
const hasRows = (field: DataSchema | undefined): boolean => isRecord(field?.items) && (isRecord(field.items.properties) || field.items.type === "object");

type Build = (label: string) => LocalizedMessage;

/** The keywords that bound a value by a number (`params.limit`), and their message given that limit. */
const LIMITED = new Map<string, (label: string, limit: number, field: DataSchema | undefined) => LocalizedMessage>([
  ["minimum", (label, limit) => message("dataTooSmall", { label, limit, exclusive: false })],
  ["exclusiveMinimum", (label, limit) => message("dataTooSmall", { label, limit, exclusive: true })],
  ["maximum", (label, limit) => message("dataTooLarge", { label, limit, exclusive: false })],
  ["exclusiveMaximum", (label, limit) => message("dataTooLarge", { label, limit, exclusive: true })],
  ["minLength", (label, limit) => message("dataTooShort", { label, limit })],
  ["maxLength", (label, limit) => message("dataTooLong", { label, limit })],
  ["minItems", (label, limit, field) => message("dataTooFewItems", { label, limit, rows: hasRows(field) })],
  ["maxItems", (label, limit, field) => message("dataTooManyItems", { label, limit, rows: hasRows(field) })],
]);

/** Keywords told in general words. */
const RULE_KINDS: Readonly<Record<string, DataRuleKind>> = { "false schema": "notAllowed", oneOf: "oneOf", anyOf: "anyOf", contains: "contains" };

const asJson = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** The title of the field `name` of the object at `pointer`, or the name itself. */
function titleOf(schema: Record<string, unknown>, pointer: string, name: unknown): string {
  const title = schemaAtPointer(schema as DataSchema, pointer + formatPointer([String(name)]))?.title;
  return typeof title === "string" ? title : String(name);
}

/** The message of `error` in words, given the field's label as shown; `field` is the schema at `pointer`. */
export function plainMessage(error: ErrorObject, schema: Record<string, unknown>, pointer: string, field: DataSchema | undefined): Build {
  const { params } = error;
  const limit = params["limit"];
  const limited = LIMITED.get(error.keyword);
  if (limited && typeof limit === "number") return (label) => limited(label, limit, field);
  switch (error.keyword) {
    case "pattern":
      return (label) => message("dataPattern", { label, ...formatHints(field) });
    case "type": {
      const wanted = wantedType(params["type"]);
      if (wanted) return (label) => message("dataType", { label, wanted });
      break;
    }
    case "format": {
      const format = params["format"];
      if (typeof format === "string") return (label) => message("dataFormat", { label, format });
      break;
    }
    case "const":
      return (label) => message("dataValue", { label, values: asJson(params["allowedValue"]), one: true });
    case "enum": {
      const values = params["allowedValues"];
      if (Array.isArray(values)) return (label) => message("dataValue", { label, values: values.map(asJson).join(" / "), one: values.length === 1 });
      break;
    }
    case "multipleOf": {
      const factor = params["multipleOf"];
      if (typeof factor === "number") return (label) => message("dataMultipleOf", { label, factor });
      break;
    }
    case "uniqueItems": {
      const { i, j } = params as { i?: unknown; j?: unknown };
      if (typeof i === "number" && typeof j === "number") {
        return (label) => message("dataDuplicate", { label, first: Math.min(i, j) + 1, second: Math.max(i, j) + 1, rows: hasRows(field) });
      }
      break;
    }
    case "minProperties":
    case "maxProperties":
      if (typeof limit === "number") return (label) => message("dataFieldCount", { label, limit, most: error.keyword === "maxProperties" });
      break;
    case "dependentRequired":
      return (label) => message("dataDependent", { label, field: titleOf(schema, pointer, params["property"]), needs: titleOf(schema, pointer, params["missingProperty"]) });
  }
  const kind = RULE_KINDS[error.keyword] ?? "other";
  return (label) => message("dataRule", { label, kind, detail: error.message ?? error.keyword });
}
