import type { FastifyPluginAsync } from "fastify";

/** `GET /openapi.json`: the description built at start. */
export const openApiRoute: FastifyPluginAsync<{ readonly document: Readonly<Record<string, unknown>> }> = async (app, { document }) => {
  const body = JSON.stringify(document);
  app.get("/openapi.json", async (_request, reply) => reply.type("application/json").send(body));
};
