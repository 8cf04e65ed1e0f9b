import type { FastifyPluginAsync } from "fastify";
import { problem, sendProblem } from "../problem.js";
import { checkSubmissionShape, findForm, readMode } from "./context.js";
import type { RouteOptions } from "./context.js";

/**
 * `POST /forms/{id}/score`: the whole evaluation result. An invalid submission is answered
 * with 422, its findings, and the result anyway (nothing the caller sent is dropped).
 */
export const scoreRoute: FastifyPluginAsync<RouteOptions> = async (app, { catalog }) => {
  app.post<{ Params: { id: string } }>("/forms/:id/score", async (request, reply) => {
    const entry = findForm(catalog, request.params.id, reply);
    if (!entry) return reply;
    const mode = readMode(request.query, "draft", reply);
    if (!mode || !checkSubmissionShape(request.body, entry, reply)) return reply;
    const result = entry.evaluator.evaluate(request.body, { mode });
    if (!result.valid) {
      const errors = result.findings.filter((finding) => finding.severity === "error").length;
      const detail = `${errors} error(s) in the submission (${mode} mode); see findings. The result is given for reference.`;
      return sendProblem(reply, problem("invalid-submission", detail, { mode, findings: result.findings, result }));
    }
    return reply.send(result);
  });
};
