import type { FastifyPluginAsync } from "fastify";
import type { RouteOptions } from "./context.js";

/** `GET /health`: for load balancers and orchestrators. */
export const healthRoute: FastifyPluginAsync<RouteOptions> = async (app, { catalog }) => {
  const forms = [...catalog.keys()];
  app.get("/health", async (_request, reply) => reply.header("cache-control", "no-store").send({ status: "ok", forms }));
};
