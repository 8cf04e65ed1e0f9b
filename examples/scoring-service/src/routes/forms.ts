import { createHash } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { findForm } from "./context.js";
import type { RouteOptions } from "./context.js";

interface Serialized {
  readonly body: string;
  readonly etag: string;
}

/** `GET /forms` (what is there) and `GET /forms/{id}` (one whole package, cacheable by ETag). */
export const formsRoute: FastifyPluginAsync<RouteOptions> = async (app, { catalog }) => {
  const list = [...catalog.values()].map(({ manifest }) => {
    const self = `/forms/${encodeURIComponent(manifest.id)}`;
    return {
      id: manifest.id,
      version: manifest.version,
      year: manifest.year,
      title: manifest.title,
      manifest,
      links: { self, validate: `${self}/validate`, score: `${self}/score`, edits: `${self}/edits` },
    };
  });
  const packages = new Map<string, Serialized>();
  for (const [id, entry] of catalog) {
    const body = JSON.stringify(entry.bundle);
    packages.set(id, { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` });
  }

  app.get("/forms", async (_request, reply) => reply.send(list));

  app.get<{ Params: { id: string } }>("/forms/:id", async (request, reply) => {
    if (!findForm(catalog, request.params.id, reply)) return reply;
    const serialized = packages.get(request.params.id);
    if (!serialized) return reply;
    reply.header("etag", serialized.etag).header("cache-control", "public, max-age=300");
    if (request.headers["if-none-match"] === serialized.etag) return reply.code(304).send();
    return reply.type("application/json").send(serialized.body);
  });
};
