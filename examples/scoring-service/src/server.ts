/**
 * The scoring service: `buildServer(options)` loads the forms once and returns a ready Fastify
 * instance (not listening), so tests and hosts decide where it listens.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Fastify from "fastify";
import type { FastifyError, FastifyInstance, FastifyServerOptions } from "fastify";
import { loadCatalog } from "./catalog.js";
import { buildOpenApi } from "./openapi.js";
import { problem, sendProblem } from "./problem.js";
import type { Problem } from "./problem.js";
import { formsRoute, healthRoute, openApiRoute, scoreRoute, validateRoute } from "./routes/index.js";

export interface ServiceOptions {
  /** A folder of form packages (each a subfolder with form.json), or one form folder. Default: the repository's forms/. */
  readonly formsDir?: string;
  /** Largest accepted request body, in bytes. Default 1 MiB (a full 2020 handbook is about 100 KB). */
  readonly bodyLimit?: number;
  /** Fastify's logger option. Default: off. */
  readonly logger?: FastifyServerOptions["logger"];
  /** Refuse to start when a form has definition errors. Default: true. */
  readonly checkForms?: boolean;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** From src/ and from dist/ alike: the repository's forms folder. */
export const DEFAULT_FORMS_DIR = fileURLToPath(new URL("../../../forms/", import.meta.url));

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/** Maps Fastify's own errors (body parsing, limits) to problem documents; hides internals of the rest. */
function problemFor(error: FastifyError): Problem {
  const status = error.statusCode ?? 500;
  if (status === 413) return problem("payload-too-large", error.message);
  if (status === 415) return problem("unsupported-media-type", `${error.message}. Send the submission as application/json.`);
  if (status === 400 && (error instanceof SyntaxError || /JSON/i.test(error.code ?? ""))) {
    return problem("invalid-json", error.message);
  }
  if (status >= 400 && status < 500) return { ...problem("bad-request", error.message), status };
  return problem("internal", "The service failed to answer this request; it has been logged.");
}

export async function buildServer(options: ServiceOptions = {}): Promise<FastifyInstance> {
  const catalog = await loadCatalog(options.formsDir ?? DEFAULT_FORMS_DIR, { checkForms: options.checkForms ?? true });
  const document = buildOpenApi(catalog, version);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  // Only JSON bodies: drop Fastify's default text/plain parser so that other media types get 415.
  app.removeContentTypeParser("text/plain");

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = problemFor(error);
    if (body.status >= 500) request.log.error(error);
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem("not-found", `No route ${request.method} ${request.url}. See GET /openapi.json.`)),
  );

  await app.register(healthRoute, { catalog });
  await app.register(openApiRoute, { document });
  await app.register(formsRoute, { catalog });
  await app.register(validateRoute, { catalog });
  await app.register(scoreRoute, { catalog });
  return app;
}
