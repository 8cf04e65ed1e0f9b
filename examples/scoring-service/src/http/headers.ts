/**
 * Headers on every answer: no content sniffing, and nothing stored by caches or browsers (answers
 * carry submissions and their scores), except where a route says otherwise (the public form
 * package, cacheable by ETag). Cross-origin reads only from the origins an operator allows.
 */
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "cache-control": "no-store",
};

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("x-content-type-options", SECURITY_HEADERS["x-content-type-options"]);
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", SECURITY_HEADERS["cache-control"]);
    return payload;
  });
}

/** CORS for exactly `origins` (e.g. `https://portal.example.gov.cn`); none: no CORS headers at all, browsers on other origins cannot read answers. */
export async function allowOrigins(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "if-none-match"],
    exposedHeaders: ["etag"],
    maxAge: 600,
  });
}
