import type { FastifyPluginAsync, FastifyReply } from "fastify";
import type { Answer, Mode, Operation } from "../evaluation/answer.js";
import { bodyValueLimit } from "../evaluation/answer.js";
import { busyProblem } from "../evaluation/pool.js";
import type { EvaluationPool } from "../evaluation/pool.js";
import { PROBLEM_MEDIA_TYPE, problem, sendProblem } from "../problem.js";
import { countedBody } from "../http/value-limit.js";
import { findForm, readMode } from "./context.js";
import type { RouteOptions } from "./context.js";

export interface SubmissionRouteOptions extends RouteOptions {
  readonly pool: EvaluationPool;
}

const DEFAULT_MODE: Readonly<Record<Operation, Mode>> = { score: "draft", validate: "final" };

/**
 * `POST /forms/{id}/score` (the whole evaluation result; 422 with the findings and the result
 * anyway), `POST /forms/{id}/validate` (200 without errors, 422 with every finding) and
 * `POST /forms/{id}/edits` (200 when a role changed only what it may, 422 with each change it may
 * not make). The body stays raw bytes here: a worker thread parses, checks and answers it
 * (evaluation/answer.ts, evaluation/edits.ts).
 */
export const submissionRoutes: FastifyPluginAsync<SubmissionRouteOptions> = async (app, { catalog, pool }) => {
  // Before the body is read: room for it among the bodies held, by its declared length (a body without one counts as the largest).
  app.addHook("onRequest", async (request, reply) => {
    const declared = Number(request.headers["content-length"]);
    const bodyLimit = app.initialConfig.bodyLimit ?? Number.POSITIVE_INFINITY;
    const release = pool.enter(Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, bodyLimit) : bodyLimit);
    if (!release) {
      reply.header("retry-after", "1");
      return sendProblem(reply, busyProblem());
    }
    reply.raw.once("close", release);
    return undefined;
  });

  // As the body arrives: more JSON values than the form allows ends it there (../http/value-limit.ts).
  app.addHook("preParsing", async (request, reply, payload) => {
    const entry = catalog.get((request.params as { readonly id?: string }).id ?? "");
    if (!entry) return payload;
    return countedBody(payload, bodyValueLimit(entry.pkg, request.routeOptions.url?.endsWith("/edits") ? "edits" : "score"), reply);
  });

  for (const operation of ["score", "validate"] as const) {
    app.post<{ Params: { id: string } }>(`/forms/:id/${operation}`, async (request, reply) => {
      const entry = findForm(catalog, request.params.id, reply);
      if (!entry) return reply;
      const mode = readMode(request.query, DEFAULT_MODE[operation], reply);
      if (!mode) return reply;
      if (!(request.body instanceof Uint8Array)) {
        return sendProblem(reply, problem("bad-request", "Send the submission as the JSON body of the request (content-type: application/json)."));
      }
      return send(reply, await pool.run({ formId: entry.manifest.id, operation, mode, body: request.body }));
    });
  }

  app.post<{ Params: { id: string } }>("/forms/:id/edits", async (request, reply) => {
    const entry = findForm(catalog, request.params.id, reply);
    if (!entry) return reply;
    if (!(request.body instanceof Uint8Array)) {
      return sendProblem(reply, problem("bad-request", 'Send {"role": …, "submission": {…}, "previous": {…}} as the JSON body of the request (content-type: application/json).'));
    }
    return send(reply, await pool.run({ formId: entry.manifest.id, operation: "edits", body: request.body }));
  });
};

function send(reply: FastifyReply, answer: Answer): FastifyReply {
  if (answer.status === 503) reply.header("retry-after", "1");
  return reply.code(answer.status).type(answer.problem ? PROBLEM_MEDIA_TYPE : "application/json").send(answer.body);
}
