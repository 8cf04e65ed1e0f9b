/** What every route reads: the forms loaded at start. Immutable, so requests share no state. */
import type { FastifyReply } from "fastify";
import type { Catalog, CatalogEntry } from "../catalog.js";
import { messages } from "../locales/messages.js";
import { problem, sendProblem } from "../problem.js";

export interface RouteOptions {
  readonly catalog: Catalog;
}

export type Mode = "draft" | "final";

/** The form named in the path, or a 404 problem listing the forms there are. */
export function findForm(catalog: Catalog, id: string, reply: FastifyReply): CatalogEntry | undefined {
  const entry = catalog.get(id);
  if (!entry) {
    void sendProblem(reply, problem("unknown-form", `No form with the id "${id}".`, { forms: [...catalog.keys()] }));
  }
  return entry;
}

/** `?mode=` with a default; anything else is a 400. */
export function readMode(query: unknown, fallback: Mode, reply: FastifyReply): Mode | undefined {
  const value = query !== null && typeof query === "object" ? (query as Record<string, unknown>)["mode"] : undefined;
  if (value === undefined) return fallback;
  if (value === "draft" || value === "final") return value;
  void sendProblem(reply, problem("bad-request", `The query parameter mode must be "draft" or "final", not ${JSON.stringify(value)}.`));
  return undefined;
}

/**
 * The body must be a JSON object naming this form (when it names one). Anything else is
 * answered with 422 and a finding at the offending pointer.
 */
export function checkSubmissionShape(body: unknown, entry: CatalogEntry, reply: FastifyReply): boolean {
  if (body === undefined) {
    void sendProblem(reply, problem("bad-request", "Send the submission as the JSON body of the request."));
    return false;
  }
  const { id, version } = entry.manifest;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    const message = messages.notASubmission(Array.isArray(body) ? "array" : body === null ? "null" : typeof body);
    void sendProblem(reply, problem("invalid-submission", message.en, { findings: [{ code: "notASubmission", severity: "error", pointer: "", message }] }));
    return false;
  }
  const form: unknown = (body as Record<string, unknown>)["form"];
  const namedId = form !== null && typeof form === "object" ? (form as Record<string, unknown>)["id"] : undefined;
  if (namedId !== undefined && namedId !== id) {
    const message = messages.formMismatch(JSON.stringify(namedId), id, version);
    void sendProblem(reply, problem("invalid-submission", message.en, { findings: [{ code: "formMismatch", severity: "error", pointer: "/form/id", message }] }));
    return false;
  }
  return true;
}
