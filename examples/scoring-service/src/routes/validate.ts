import type { FastifyPluginAsync } from "fastify";
import { problem, sendProblem } from "../problem.js";
import { checkSubmissionShape, findForm, readMode } from "./context.js";
import type { RouteOptions } from "./context.js";

/**
 * `POST /forms/{id}/validate`: the schemas and the rule checks, without the scores.
 * 200 when there is no error (warnings are listed), 422 with every finding otherwise.
 */
export const validateRoute: FastifyPluginAsync<RouteOptions> = async (app, { catalog }) => {
  app.post<{ Params: { id: string } }>("/forms/:id/validate", async (request, reply) => {
    const entry = findForm(catalog, request.params.id, reply);
    if (!entry) return reply;
    const mode = readMode(request.query, "final", reply);
    if (!mode || !checkSubmissionShape(request.body, entry, reply)) return reply;
    const result = entry.evaluator.evaluate(request.body, { mode });
    const errors = result.findings.filter((finding) => finding.severity === "error");
    if (errors.length > 0) {
      const detail = `${errors.length} error(s) in the submission (${mode} mode); see findings.`;
      return sendProblem(reply, problem("invalid-submission", detail, { mode, findings: result.findings, completeness: result.completeness }));
    }
    return reply.send({ valid: true, form: result.form, mode, findings: result.findings, completeness: result.completeness });
  });
};
