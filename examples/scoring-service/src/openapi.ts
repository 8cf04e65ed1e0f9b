/**
 * The OpenAPI 3.1 description of the service, built at start from the loaded forms:
 * request bodies are the forms' own submission schemas, and the manifest shape is the
 * library's manifest meta-schema, so nothing here retypes what the form files define.
 */
import { metaSchemas } from "@cluster-form/schema";
import type { Catalog } from "./catalog.js";
import { submissionSchema } from "./submission-schema.js";

type JsonObject = Record<string, unknown>;

/** A meta-schema of @cluster-form/schema as an embedded schema resource (it keeps its `$id`). */
function embedded(schema: Readonly<Record<string, unknown>>): JsonObject {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const localized: JsonObject = {
  type: "object",
  required: ["zh", "en"],
  properties: { zh: { type: "string" }, en: { type: "string" } },
};

const dataFinding: JsonObject = {
  type: "object",
  required: ["code", "severity", "pointer", "message"],
  properties: {
    code: { type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    pointer: { type: "string", description: "JSON pointer into the submission, e.g. /data/table5/rdToolsRate" },
    label: { type: "string", description: "The field's label in the form" },
    message: ref("LocalizedMessage"),
    part: { type: "string" },
    criterion: { type: "string" },
  },
};

const problemSchema: JsonObject = {
  type: "object",
  description: "RFC 9457 problem details; `findings` on 422, `forms` on 404 for an unknown form.",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    findings: { type: "array", items: ref("DataFinding") },
    result: ref("EvaluationResult"),
    forms: { type: "array", items: { type: "string" } },
  },
};

const completeness: JsonObject = {
  type: "object",
  description: "Blank required fields, per part, with a percentage",
  properties: { percent: { type: "number" }, parts: { type: "array" } },
};

const evaluationResult: JsonObject = {
  type: "object",
  description: "The evaluation result of @cluster-form/rules (see packages/rules/src/types.ts).",
  required: ["form", "valid", "computed", "notApplicable", "findings", "criteria", "parts", "total", "maxTotal", "veto", "completeness"],
  properties: {
    form: { type: "object", properties: { id: { type: "string" }, version: { type: "string" } } },
    valid: { type: "boolean" },
    computed: { type: "object", additionalProperties: { type: "object", properties: { value: {}, label: { type: "string" }, unit: { type: "string" } } } },
    notApplicable: { type: "array", items: { type: "string" } },
    findings: { type: "array", items: ref("DataFinding") },
    criteria: { type: "array", items: { type: "object", required: ["id", "part", "points", "scores", "explanation"] } },
    parts: { type: "array", items: { type: "object", required: ["part", "points", "columns"] } },
    total: {
      type: "object",
      description:
        "Per score column: the counted sum and what it leaves out or only proposes (missing: not counted; invalid: of those, given but not counted; pending: rule scores counted but not yet reviewed, so the sum is a proposal while above 0; invalidInputs: criteria counted without the invalid values they read).",
      additionalProperties: {
        type: "object",
        properties: {
          value: { type: ["number", "null"] },
          missing: { type: "integer" },
          pending: { type: "integer" },
          invalid: { type: "integer" },
          invalidInputs: { type: "integer" },
          capped: { type: "boolean" },
        },
      },
    },
    maxTotal: { type: "number" },
    veto: { type: "object", properties: { vetoed: { type: "boolean" }, decided: { type: "boolean" }, reasons: { type: "array" } } },
    completeness,
  },
};

const validationReport: JsonObject = {
  type: "object",
  required: ["valid", "form", "mode", "findings", "completeness"],
  properties: {
    valid: { const: true },
    form: { type: "object", properties: { id: { type: "string" }, version: { type: "string" } } },
    mode: { enum: ["draft", "final"] },
    findings: { type: "array", items: ref("DataFinding"), description: "Warnings and notes only; any error gives 422." },
    completeness,
  },
};

const formFiles: JsonObject = {
  type: "object",
  description: "The whole form package as one document: each file's JSON text by its path in the form folder. Load it with loadFormPackage() of @cluster-form/schema.",
  required: ["files"],
  properties: { origin: { type: "string" }, files: { type: "object", additionalProperties: { type: "string" } } },
};

const formSummary: JsonObject = {
  type: "object",
  required: ["id", "version", "year", "title", "manifest", "links"],
  properties: {
    id: { type: "string" },
    version: { type: "string" },
    year: { type: "integer" },
    title: { type: "string" },
    manifest: ref("FormManifest"),
    links: { type: "object", additionalProperties: { type: "string" } },
  },
};

function problemResponse(description: string): JsonObject {
  return { description, content: { "application/problem+json": { schema: ref("Problem") } } };
}

function jsonResponse(description: string, schema: JsonObject): JsonObject {
  return { description, content: { "application/json": { schema } } };
}

const modeParameter = (defaultMode: "draft" | "final", meaning: string): JsonObject => ({
  name: "mode",
  in: "query",
  required: false,
  description: meaning,
  schema: { enum: ["draft", "final"], default: defaultMode },
});

/** Builds the OpenAPI document for the forms in `catalog`. */
export function buildOpenApi(catalog: Catalog, version: string): JsonObject {
  const ids = [...catalog.keys()];
  const submissionSchemas: JsonObject = {};
  for (const [id, entry] of catalog) {
    submissionSchemas[`Submission.${id}`] = { allOf: [ref("Submission")], ...submissionSchema(entry.pkg) };
  }
  const anySubmission = { anyOf: ids.map((id) => ref(`Submission.${id}`)) };
  const idParameter = { name: "id", in: "path", required: true, description: "The form's id", schema: { enum: ids } };
  const submissionBody = { required: true, content: { "application/json": { schema: anySubmission } } };
  const postErrors = {
    "400": problemResponse("The body is not valid JSON, or a parameter is wrong"),
    "404": problemResponse("No form with this id"),
    "413": problemResponse("The body is larger than the service accepts"),
    "415": problemResponse("The body is not application/json"),
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "cluster-form scoring service",
      version,
      description: "Validates and scores submissions of cluster-form form packages. Stateless: any instance answers any request.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths: {
      "/health": { get: { operationId: "health", summary: "Liveness and the loaded forms", responses: { "200": jsonResponse("The service is up", ref("Health")) } } },
      "/openapi.json": { get: { operationId: "openapi", summary: "This description", responses: { "200": jsonResponse("OpenAPI 3.1", { type: "object" }) } } },
      "/forms": { get: { operationId: "listForms", summary: "The forms this service scores", responses: { "200": jsonResponse("The forms", { type: "array", items: ref("FormSummary") }) } } },
      "/forms/{id}": {
        get: {
          operationId: "getForm",
          summary: "The whole form package, for a browser or another service to load",
          parameters: [idParameter],
          responses: { "200": jsonResponse("The form package", ref("FormFiles")), "304": { description: "Not modified (ETag)" }, "404": problemResponse("No form with this id") },
        },
      },
      "/forms/{id}/validate": {
        post: {
          operationId: "validateSubmission",
          summary: "Check a submission against the form's schemas and rule checks",
          parameters: [idParameter, modeParameter("final", "`final` (default) treats blank required fields as errors; `draft` only lists them in completeness.")],
          requestBody: submissionBody,
          responses: { "200": jsonResponse("The submission is valid", ref("ValidationReport")), ...postErrors, "422": problemResponse("The submission is invalid: `findings` name each field") },
        },
      },
      "/forms/{id}/score": {
        post: {
          operationId: "scoreSubmission",
          summary: "Score a submission: computed values, every criterion with its explanation, subtotals, total, veto, completeness",
          parameters: [idParameter, modeParameter("draft", "`draft` (default) scores an incomplete submission; `final` also requires every required field.")],
          requestBody: submissionBody,
          responses: { "200": jsonResponse("The evaluation result", ref("EvaluationResult")), ...postErrors, "422": problemResponse("The submission is invalid: `findings` name each field and `result` holds the evaluation anyway") },
        },
      },
    },
    components: {
      schemas: {
        ...submissionSchemas,
        Submission: embedded(metaSchemas.submission),
        FormManifest: embedded(metaSchemas.manifest),
        FormSummary: formSummary,
        FormFiles: formFiles,
        EvaluationResult: evaluationResult,
        ValidationReport: validationReport,
        DataFinding: dataFinding,
        LocalizedMessage: localized,
        Problem: problemSchema,
        Health: { type: "object", required: ["status", "forms"], properties: { status: { const: "ok" }, forms: { type: "array", items: { type: "string" } } } },
      },
    },
  };
}
