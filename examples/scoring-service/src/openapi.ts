/**
 * The OpenAPI 3.1 description of the service, built at start from the loaded forms:
 * request bodies are the forms' own submission schemas, and the manifest shape is the
 * library's manifest meta-schema, so nothing here retypes what the form files define.
 * It validates with swagger-parser and Redocly (test/openapi.test.ts): embedded schemas are
 * converted by openApiSchema(), and every route has an example request and answer.
 */
import { metaSchemas } from "@cluster-form/schema";
import type { Catalog } from "./catalog.js";
import { routeExamples } from "./openapi-examples.js";
import { openApiSchema } from "./openapi-schema.js";
import { submissionSchema } from "./submission-schema.js";

type JsonObject = Record<string, unknown>;

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const localized: JsonObject = {
  type: "object",
  required: ["zh", "en"],
  properties: { zh: { type: "string" }, en: { type: "string" } },
};

/** What a finding and an edit violation both say of the field: its label, the message, its part and criterion. */
const aboutField: JsonObject = {
  label: { type: "string", description: "The field's label in the form" },
  message: ref("LocalizedMessage"),
  part: { type: "string" },
  criterion: { type: "string" },
};

const dataFinding: JsonObject = {
  type: "object",
  required: ["code", "severity", "pointer", "message"],
  properties: {
    code: { type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    pointer: { type: "string", description: "JSON pointer into the submission, e.g. /data/table5/rdToolsRate" },
    ...aboutField,
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
    mode: { enum: ["draft", "final"], description: "On 422: the mode the submission was checked in" },
    completeness: ref("Completeness"),
    result: ref("EvaluationResult"),
    forms: { type: "array", items: { type: "string" } },
    form: { type: "object", description: "On 422 from /edits: the form checked", properties: { id: { type: "string" }, version: { type: "string" } } },
    role: { type: "string", description: "On 422 from /edits: the role that made the changes" },
    violations: { type: "array", items: ref("EditViolation"), description: "On 422 from /edits: each change the role may not make" },
    roles: { type: "array", items: { type: "string" }, description: "On 400 from /edits: the form's roles" },
  },
};

const editViolation: JsonObject = {
  type: "object",
  description: "A change the role may not make: where, who may make it, and why in Chinese and English",
  required: ["code", "pointer", "role", "editors", "label", "message"],
  properties: {
    code: { const: "edit-forbidden" },
    pointer: { type: "string", description: "JSON pointer into the submission of the innermost place holding the change, e.g. /data/table10/majorAccident" },
    role: { type: "string" },
    editors: { type: "array", items: { type: "string" }, description: "The roles that may make it (empty when none may)" },
    ...aboutField,
  },
};

const editCheck: JsonObject = {
  type: "object",
  description: "A role's submission and, optionally, the submission it started from. Without `previous`, the role is taken to have filled everything in `submission`.",
  required: ["role", "submission"],
  properties: {
    role: { type: "string", description: "One of the form's roles (its manifest's `roles`)" },
    submission: { type: "object", description: "The submission the role sends" },
    previous: { type: "object", description: "The submission before the role's changes, e.g. the one last saved" },
  },
};

const editReport: JsonObject = {
  type: "object",
  required: ["allowed", "form", "role", "violations"],
  properties: {
    allowed: { const: true },
    form: { type: "object", properties: { id: { type: "string" }, version: { type: "string" } } },
    role: { type: "string" },
    violations: { type: "array", maxItems: 0, items: ref("EditViolation") },
  },
};

const completeness: JsonObject = {
  type: "object",
  description: "Blank required fields, per part, with a percentage",
  properties: { percent: { type: "number" }, parts: { type: "array" } },
};

const columnTotal: JsonObject = {
  type: "object",
  description:
    "Per score column: the counted sum and what it leaves out or only proposes (missing: not counted; invalid: of those, given but not counted; pending: rule scores counted but not yet reviewed, so the sum is a proposal while above 0; invalidInputs: criteria counted without the invalid values they read).",
  properties: {
    value: { type: ["number", "null"] },
    missing: { type: "integer" },
    pending: { type: "integer" },
    invalid: { type: "integer" },
    invalidInputs: { type: "integer" },
    capped: { type: "boolean" },
  },
};

const criterionResult: JsonObject = {
  type: "object",
  description: "One criterion: its points, the computed score, every score column, and why",
  required: ["id", "part", "points", "scores", "explanation"],
  properties: {
    id: { type: "string" },
    part: { type: "string" },
    label: { type: "string" },
    group: { type: "string" },
    points: { type: "number" },
    text: { type: "string", description: "The criterion's text, verbatim from the form" },
    computed: { type: ["number", "null"], description: "The score the rule computes; null when it asks for judgement" },
    branch: { type: ["integer", "null"] },
    range: { oneOf: [{ type: "null" }, { type: "object", properties: { min: { type: "number" }, max: { type: "number" } } }] },
    scores: { type: "object", description: "Score column id to its cell (typed and counted score)", additionalProperties: { type: "object" } },
    explanation: { type: "object", description: "The steps of the rule with the values it read" },
  },
};

const partResult: JsonObject = {
  type: "object",
  required: ["part", "points", "columns"],
  properties: { part: { type: "string" }, title: { type: "string" }, points: { type: "number" }, columns: { type: "object", additionalProperties: columnTotal } },
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
    criteria: { type: "array", items: criterionResult },
    parts: { type: "array", items: partResult },
    total: { type: "object", additionalProperties: columnTotal },
    maxTotal: { type: "number" },
    veto: { type: "object", properties: { vetoed: { type: "boolean" }, decided: { type: "boolean" }, reasons: { type: "array" } } },
    completeness: ref("Completeness"),
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
    completeness: ref("Completeness"),
  },
};

const formFiles: JsonObject = {
  type: "object",
  description: "The whole form package as one document: each file's JSON text by its path in the form folder. Load it with loadFormFiles() of @cluster-form/schema.",
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

/** A media type with its example, when there is one. */
const media = (schema: JsonObject, example?: unknown): JsonObject => ({ schema, ...(example !== undefined ? { example } : {}) });

function problemResponse(description: string, example?: unknown): JsonObject {
  return { description, content: { "application/problem+json": media(ref("Problem"), example) } };
}

function jsonResponse(description: string, schema: JsonObject, example?: unknown): JsonObject {
  return { description, content: { "application/json": media(schema, example) } };
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
  const examples = routeExamples(catalog);
  let schemas: JsonObject = {};
  for (const [id, entry] of catalog) {
    const name = `Submission.${id}`;
    const { schema, defs } = submissionSchema(entry.pkg, name);
    schemas = { ...schemas, ...defs, [name]: { allOf: [ref("Submission")], ...schema } };
  }
  for (const [name, meta] of [["Submission", metaSchemas.submission], ["FormManifest", metaSchemas.manifest]] as const) {
    const { schema, defs } = openApiSchema(meta, name);
    schemas = { ...schemas, ...defs, [name]: schema };
  }
  const anySubmission = { anyOf: ids.map((id) => ref(`Submission.${id}`)) };
  const idParameter = { name: "id", in: "path", required: true, description: "The form's id", schema: { enum: ids }, example: examples.formId };
  const submissionBody = { required: true, content: { "application/json": media(anySubmission, examples.submission) } };
  const postErrors = {
    "400": problemResponse("The body is not valid JSON, or a parameter is wrong"),
    "404": problemResponse("No form with this id", examples.unknownForm),
    "413": problemResponse("The body is larger than the service accepts, or holds more JSON values than the form's largest submission"),
    "415": problemResponse("The body is not application/json"),
    "503": problemResponse("The service holds as many submissions as it may, or the evaluation passed its time or memory limit; retry after `retry-after` seconds"),
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
    servers: [{ url: "/", description: "The service that serves this document" }],
    // No authentication: put the service behind your own gateway if it needs one.
    security: [],
    paths: {
      "/health": { get: { operationId: "health", summary: "Liveness and the loaded forms", responses: { "200": jsonResponse("The service is up", ref("Health"), examples.health) } } },
      "/openapi.json": { get: { operationId: "openapi", summary: "This description", responses: { "200": jsonResponse("OpenAPI 3.1", { type: "object" }, { openapi: "3.1.0", info: { title: "cluster-form scoring service", version } }) } } },
      "/forms": { get: { operationId: "listForms", summary: "The forms this service scores", responses: { "200": jsonResponse("The forms", { type: "array", items: ref("FormSummary") }, examples.forms) } } },
      "/forms/{id}": {
        get: {
          operationId: "getForm",
          summary: "The whole form package, for a browser or another service to load",
          parameters: [idParameter],
          responses: {
            "200": jsonResponse("The form package (in this example, only its form.json)", ref("FormFiles"), examples.formFiles),
            "304": { description: "Not modified (ETag)" },
            "404": problemResponse("No form with this id", examples.unknownForm),
          },
        },
      },
      "/forms/{id}/validate": {
        post: {
          operationId: "validateSubmission",
          summary: "Check a submission against the form's schemas and rule checks",
          parameters: [idParameter, modeParameter("final", "`final` (default) treats blank required fields as errors; `draft` only lists them in completeness.")],
          requestBody: submissionBody,
          responses: {
            "200": jsonResponse("The submission is valid (this example: `?mode=draft`)", ref("ValidationReport"), examples.validationReport),
            ...postErrors,
            "422": problemResponse("The submission is invalid: `findings` name each field (this example: the empty submission in final mode)", examples.invalidSubmission),
          },
        },
      },
      "/forms/{id}/edits": {
        post: {
          operationId: "checkEdits",
          summary: "Which changes a role may not make: compares a submission with the one it started from, by the form's edit rights (who fills which part, field and score column)",
          parameters: [idParameter],
          requestBody: { required: true, content: { "application/json": media(ref("EditCheck"), examples.editsRequest) } },
          responses: {
            "200": jsonResponse("The role changed only what it may change", ref("EditReport"), examples.editsAllowed),
            ...postErrors,
            "422": problemResponse("The role changed what it may not: `violations` name each change, with the roles that may make it (this example: the request example)", examples.editsForbidden),
          },
        },
      },
      "/forms/{id}/score": {
        post: {
          operationId: "scoreSubmission",
          summary: "Score a submission: computed values, every criterion with its explanation, subtotals, total, veto, completeness",
          parameters: [idParameter, modeParameter("draft", "`draft` (default) scores an incomplete submission; `final` also requires every required field.")],
          requestBody: submissionBody,
          responses: {
            "200": jsonResponse("The evaluation result (in this example, its lists cut to their first entries)", ref("EvaluationResult"), examples.scoreResult),
            ...postErrors,
            "422": problemResponse("The submission is invalid: `findings` name each field and `result` holds the evaluation anyway"),
          },
        },
      },
    },
    components: {
      schemas: {
        ...schemas,
        FormSummary: formSummary,
        FormFiles: formFiles,
        EvaluationResult: evaluationResult,
        ValidationReport: validationReport,
        EditCheck: editCheck,
        EditReport: editReport,
        EditViolation: editViolation,
        DataFinding: dataFinding,
        LocalizedMessage: localized,
        Completeness: completeness,
        Problem: problemSchema,
        Health: { type: "object", required: ["status", "forms"], properties: { status: { const: "ok" }, forms: { type: "array", items: { type: "string" } } } },
      },
    },
  };
}
