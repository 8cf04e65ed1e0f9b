/** What every route reads: the forms loaded at start. Immutable, so requests share no state. */
import type { FastifyReply } from "fastify";
import type { Catalog, CatalogEntry } from "../catalog.js";
import type { Mode } from "../evaluation/answer.js";
import { problem, sendProblem } from "../problem.js";

export interface RouteOptions {
  readonly catalog: Catalog;
}

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
