/**
 * Example requests and answers for the OpenAPI description, made at start from the first loaded
 * form by the same evaluator the routes use, so each example is an answer the service gives.
 * Long lists are cut to their first entries to keep the document readable.
 */
import { checkEdits, editRights } from "@cluster-form/schema";
import type { Catalog, CatalogEntry } from "./catalog.js";
import { problem } from "./problem.js";

type JsonObject = Record<string, unknown>;

/** How many entries of each list an example keeps. */
const SHOWN = 2;

export interface RouteExamples {
  readonly formId: string;
  readonly submission: JsonObject;
  readonly health: JsonObject;
  readonly forms: JsonObject[];
  readonly formFiles: JsonObject;
  readonly scoreResult: JsonObject;
  readonly validationReport: JsonObject;
  readonly invalidSubmission: JsonObject;
  readonly unknownForm: JsonObject;
  /** An edit check: the role and its submission, and the changes it may not make. */
  readonly editsRequest: JsonObject;
  readonly editsForbidden: JsonObject;
  readonly editsAllowed: JsonObject;
}

/** An edit check of the first role that fills anything: it fills a part another role fills (where the form has one). */
function editsExamples(entry: CatalogEntry): Pick<RouteExamples, "editsRequest" | "editsForbidden" | "editsAllowed"> {
  const { id, version, roles } = entry.manifest;
  const rights = editRights(entry.pkg);
  const role = roles.find((r) => rights.editsAnything(r.id))?.id ?? roles[0]?.id ?? "";
  const locked = entry.pkg.parts.find((part) => !part.ref.editableBy.includes(role));
  const previous = { form: { id, version }, data: {} };
  const submission = { form: { id, version }, data: locked ? { [locked.ref.id]: {} } : {} };
  const violations = checkEdits(entry.pkg, role, previous, submission);
  return {
    editsRequest: { role, previous, submission },
    editsForbidden: json(problem("forbidden-edits", `${violations.length} change(s) that the role "${role}" may not make; see violations.`, { form: { id, version }, role, violations })),
    editsAllowed: { allowed: true, form: { id, version }, role, violations: [] },
  };
}

const json = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

/** `value` with each of `keys` (arrays) cut to its first entries. */
function shortened(value: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = { ...value };
  for (const key of keys) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).slice(0, SHOWN);
  return out;
}

function firstEntry(catalog: Catalog): CatalogEntry {
  const entry = catalog.values().next().value;
  if (!entry) throw new Error("The catalog is empty: there is no form to take examples from.");
  return entry;
}

export function routeExamples(catalog: Catalog): RouteExamples {
  const entry = firstEntry(catalog);
  const { id, version, year, title } = entry.manifest;
  const submission = { form: { id, version }, data: {} };
  const draft = json(entry.evaluator.evaluate(submission, { mode: "draft" }));
  const final = json(entry.evaluator.evaluate(submission, { mode: "final" }));
  const self = `/forms/${encodeURIComponent(id)}`;
  const formJson = entry.bundle.files["form.json"];
  return {
    formId: id,
    submission,
    health: { status: "ok", forms: [...catalog.keys()] },
    forms: [{ id, version, year, title, manifest: json(entry.manifest), links: { self, validate: `${self}/validate`, score: `${self}/score`, edits: `${self}/edits` } }],
    formFiles: { ...(entry.bundle.origin !== undefined ? { origin: entry.bundle.origin } : {}), files: formJson !== undefined ? { "form.json": formJson } : {} },
    scoreResult: shortened(draft, ["criteria", "parts", "findings"]),
    validationReport: { valid: true, form: draft["form"], mode: "draft", findings: (draft["findings"] as unknown[]).slice(0, SHOWN), completeness: draft["completeness"] },
    invalidSubmission: json(
      problem("invalid-submission", "The submission has errors (final mode); see findings.", {
        mode: "final",
        findings: (final["findings"] as unknown[]).filter((f) => (f as JsonObject)["severity"] === "error").slice(0, SHOWN),
        completeness: final["completeness"],
      }),
    ),
    unknownForm: json(problem("unknown-form", 'No form with the id "no-such-form".', { forms: [...catalog.keys()] })),
    ...editsExamples(entry),
  };
}
