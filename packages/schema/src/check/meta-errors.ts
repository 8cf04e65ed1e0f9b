/** Ajv errors from a meta-schema, turned into findings people can act on. */
import type { ErrorObject } from "ajv";
import { message } from "../locales/all.js";
import { formatPointer } from "../model/pointer.js";
import { isRecord } from "../model/record.js";
import type { FormFileKind, LocalizedMessage } from "../types.js";
import { closest } from "../model/closest.js";

export interface MetaProblem {
  readonly code: string;
  readonly pointer: string;
  readonly message: LocalizedMessage;
}

const MAX_LISTED_KEYS = 16;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

const comparisons: Readonly<Record<string, string>> = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<",
  minLength: ">=",
  maxLength: "<=",
  minItems: ">=",
  maxItems: "<=",
};

function allowedKeys(error: ErrorObject): string[] {
  const parent: unknown = error.parentSchema;
  if (!isRecord(parent) || !isRecord(parent["properties"])) return [];
  return Object.keys(parent["properties"]);
}

/** In a data schema, these keys are only ever required by the profile's own rules. */
const profileRequirements: Readonly<Record<string, Omit<MetaProblem, "pointer">>> = {
  title: { code: "schema-title-missing", message: message("metaTitleRequired") },
  maxLength: { code: "schema-max-length-missing", message: message("metaMaxLengthRequired") },
  maxItems: { code: "schema-max-items-missing", message: message("metaMaxItemsRequired") },
};

function requiredProblem(error: ErrorObject, kind: FormFileKind): MetaProblem {
  const key = String(error.params["missingProperty"]);
  const profile = kind === "data-schema" && Object.hasOwn(profileRequirements, key) ? profileRequirements[key] : undefined;
  return { ...(profile ?? { code: "meta-required", message: message("metaRequired", { key }) }), pointer: error.instancePath };
}

function problemOf(error: ErrorObject, kind: FormFileKind): MetaProblem {
  const pointer = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return requiredProblem(error, kind);
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const allowed = allowedKeys(error);
      const suggestion = closest(key, allowed);
      return {
        code: "meta-unknown-key",
        pointer: pointer + formatPointer([key]),
        message: suggestion
          ? message("metaUnknownKeySuggest", { key, suggestion })
          : message("metaUnknownKey", { key, allowed: allowed.length <= MAX_LISTED_KEYS ? allowed.join(", ") : "" }),
      };
    }
    case "type":
      return { code: "meta-type", pointer, message: message("metaType", { expected: String(params["type"]) }) };
    case "const":
      return { code: "meta-value", pointer, message: message("metaConst", { expected: show(params["allowedValue"]) }) };
    case "enum": {
      const values: unknown = params["allowedValues"];
      const allowed = Array.isArray(values) ? values.map(show).join(", ") : "";
      const names = Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];
      const suggestion = typeof error.data === "string" ? closest(error.data, names) : undefined;
      return {
        code: "meta-value",
        pointer,
        message: suggestion ? message("metaEnumSuggest", { allowed, suggestion: show(suggestion) }) : message("metaEnum", { allowed }),
      };
    }
    case "pattern":
      return { code: "meta-pattern", pointer, message: message("metaPattern", { pattern: String(params["pattern"]) }) };
    case "format":
      return { code: "meta-format", pointer, message: message("metaFormat", { format: String(params["format"]) }) };
    case "uniqueItems":
      return { code: "meta-unique", pointer, message: message("metaUnique") };
    case "oneOf":
    case "anyOf":
      return kind === "rules" && /\/branches\/\d+$/.test(pointer)
        ? { code: "meta-branch", pointer, message: message("metaOneOfBranch") }
        : { code: "meta-shape", pointer, message: message("metaAnyOf") };
    default: {
      const comparison = comparisons[error.keyword];
      const limit = String(params["limit"] ?? params["comparison"] ?? "");
      if (comparison && (error.keyword === "minLength" || error.keyword === "maxLength")) {
        return { code: "meta-length", pointer, message: message("metaLength", { comparison, limit }) };
      }
      if (comparison && (error.keyword === "minItems" || error.keyword === "maxItems")) {
        return { code: "meta-items", pointer, message: message("metaItems", { comparison, limit }) };
      }
      if (comparison) return { code: "meta-range", pointer, message: message("metaRange", { comparison, limit }) };
      return { code: "meta-invalid", pointer, message: message("metaOther", { detail: `${error.keyword} ${error.message ?? ""}`.trim() }) };
    }
  }
}

/**
 * The problems worth showing: an `if` failing only repeats its `then` errors, and the inline
 * branches of a failed `anyOf`/`oneOf` are summed up by the combinator's own error.
 */
export function metaProblems(errors: readonly ErrorObject[], kind: FormFileKind): MetaProblem[] {
  const combinators = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const insideCombinator = (e: ErrorObject): boolean =>
    combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath));
  const kept = errors.filter((e) => e.keyword !== "if" && !insideCombinator(e));
  // A branch reached through $ref has a path of its own: when it says something about the same
  // value, its specific message is better than the combinator's summary.
  const summarised = (e: ErrorObject): boolean =>
    (e.keyword === "anyOf" || e.keyword === "oneOf") &&
    kept.some((other) => other !== e && other.keyword !== "anyOf" && other.keyword !== "oneOf" && other.instancePath === e.instancePath);
  const problems: MetaProblem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    if (summarised(error)) continue;
    const problem = problemOf(error, kind);
    const key = `${problem.code}\u0000${problem.pointer}\u0000${problem.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
