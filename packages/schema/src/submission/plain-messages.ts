/**
 * Ajv's messages speak JSON Schema ("must be number", "must be >= 0", `must match format "date"`,
 * and ajv-i18n's Chinese says the same).
 * People filling a form are told instead, in words, what the field wants: a number, at most 200
 * characters, at most 20 rows, a date. Errors of other keywords keep Ajv's localized message.
 */
import type { ErrorObject } from "ajv";
import type { DataTypeName } from "../locales/en.js";
import { message } from "../locales/index.js";
import { schemaAtPointer } from "../pointer.js";
import { isPlainObject } from "../schema-walk.js";
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
const hasRows = (field: DataSchema | undefined): boolean => isPlainObject(field?.items) && (isPlainObject(field.items.properties) || field.items.type === "object");

type Build = (label: string) => LocalizedMessage;

/** The keywords that bound a value by a number (`params.limit`), and their message given that limit. */
const LIMITED = new Map<string, (label: string, limit: number, field: () => DataSchema | undefined) => LocalizedMessage>([
  ["minimum", (label, limit) => message("dataTooSmall", { label, limit, exclusive: false })],
  ["exclusiveMinimum", (label, limit) => message("dataTooSmall", { label, limit, exclusive: true })],
  ["maximum", (label, limit) => message("dataTooLarge", { label, limit, exclusive: false })],
  ["exclusiveMaximum", (label, limit) => message("dataTooLarge", { label, limit, exclusive: true })],
  ["minLength", (label, limit) => message("dataTooShort", { label, limit })],
  ["maxLength", (label, limit) => message("dataTooLong", { label, limit })],
  ["minItems", (label, limit, field) => message("dataTooFewItems", { label, limit, rows: hasRows(field()) })],
  ["maxItems", (label, limit, field) => message("dataTooManyItems", { label, limit, rows: hasRows(field()) })],
]);

/** The message of `error` in words, given the field's label as shown; undefined to keep Ajv's own. */
export function plainMessage(error: ErrorObject, schema: Record<string, unknown>, pointer: string): Build | undefined {
  const field = (): DataSchema | undefined => schemaAtPointer(schema as DataSchema, pointer);
  const limited = LIMITED.get(error.keyword);
  if (limited) {
    const limit = error.params["limit"];
    return typeof limit === "number" ? (label) => limited(label, limit, field) : undefined;
  }
  switch (error.keyword) {
    case "pattern":
      return (label) => message("dataPattern", { label, ...formatHints(field()) });
    case "type": {
      const wanted = wantedType(error.params["type"]);
      return wanted ? (label) => message("dataType", { label, wanted }) : undefined;
    }
    case "format": {
      const format = error.params["format"];
      return typeof format === "string" ? (label) => message("dataFormat", { label, format }) : undefined;
    }
    default:
      return undefined;
  }
}
