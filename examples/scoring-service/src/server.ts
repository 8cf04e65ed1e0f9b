/**
 * The scoring service: `buildServer(options)` loads the forms once and returns a ready Fastify
 * instance (not listening), so tests and hosts decide where it listens.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Fastify from "fastify";
import type { FastifyError, FastifyInstance, FastifyServerOptions } from "fastify";
import { submissionLimits } from "@cluster-form/schema";
import { loadCatalog } from "./catalog.js";
import type { Catalog } from "./catalog.js";
import { createEvaluationPool, DEFAULT_EVALUATION_LIMITS } from "./evaluation/pool.js";
import type { EvaluationLimits } from "./evaluation/pool.js";
import { answerClientError } from "./http/client-error.js";
import { addSecurityHeaders, allowOrigins, SECURITY_HEADERS } from "./http/headers.js";
import { TOO_MANY_VALUES } from "./http/value-limit.js";
import { buildOpenApi } from "./openapi.js";
import { problem, sendProblem } from "./problem.js";
import type { Problem } from "./problem.js";
import { formsRoute, healthRoute, openApiRoute, submissionRoutes } from "./routes/index.js";

export interface ServiceTimeouts {
  /** Longest wait for a request's headers, in ms (Node's headersTimeout); never more than requestMs. */
  readonly headersMs: number;
  /** Longest wait for a whole request, headers and body, in ms: a body trickling in is cut off with 408. */
  readonly requestMs: number;
  /** How long an idle keep-alive connection stays open, in ms: longer than a load balancer's idle timeout (60 s on most). */
  readonly keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServiceTimeouts = { headersMs: 15_000, requestMs: 60_000, keepAliveMs: 72_000 };

export interface ServiceOptions {
  /** A folder of form packages (each a subfolder with form.json), or one form folder. Default: the repository's forms/. */
  readonly formsDir?: string;
  /** Largest accepted request body, in bytes. Default: the largest submission the loaded forms allow (see bodyLimitFor). */
  readonly bodyLimit?: number;
  readonly timeouts?: Partial<ServiceTimeouts>;
  readonly evaluation?: Partial<EvaluationLimits>;
  /** Origins whose pages may call the service from a browser (CORS), e.g. `https://portal.example.gov.cn`. Default: none, CORS off. */
  readonly corsOrigins?: readonly string[];
  /** Fastify's logger option. Default: off. */
  readonly logger?: FastifyServerOptions["logger"];
  /** Refuse to start when a form has definition errors. Default: true. */
  readonly checkForms?: boolean;
}

/** From src/ and from dist/ alike: the repository's forms folder. */
export const DEFAULT_FORMS_DIR = fileURLToPath(new URL("../../../forms/", import.meta.url));

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/**
 * The default body limit: the largest submission any loaded form allows, indented as tools write
 * JSON (`submissionLimits`, as the command line reads a file), so that no legitimate submission
 * (attachments included) is refused for its size.
 */
export function bodyLimitFor(catalog: Catalog): number {
  return Math.max(0, ...[...catalog.values()].map((entry) => submissionLimits(entry.pkg).maxTextBytes));
}

/** Maps Fastify's own errors (URL, body parsing, limits) to problem documents; hides internals of the rest. */
function problemFor(error: FastifyError): Problem {
  const status = error.statusCode ?? 500;
  if (error.code === TOO_MANY_VALUES) return problem("payload-too-large", error.message);
  if (status === 413) return problem("payload-too-large", `${error.message}. The limit follows the largest submission the forms allow.`);
  if (status === 415) return problem("unsupported-media-type", `${error.message}. Send the submission as application/json.`);
  if (status >= 400 && status < 500) return { ...problem("bad-request", error.message), status };
  return problem("internal", "The service failed to answer this request; it has been logged.");
}

export async function buildServer(options: ServiceOptions = {}): Promise<FastifyInstance> {
  const formsDir = options.formsDir ?? DEFAULT_FORMS_DIR;
  const catalog = await loadCatalog(formsDir, { checkForms: options.checkForms ?? true });
  const document = buildOpenApi(catalog, version);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const headersTimeout = Math.min(timeouts.headersMs, timeouts.requestMs);

  const bodyLimit = options.bodyLimit ?? bodyLimitFor(catalog);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // Node checks the header and request deadlines on this interval (30 s by default): a fifth of the shorter deadline keeps them close to what they say.
    http: { headersTimeout, connectionsCheckingInterval: Math.max(50, Math.min(5_000, headersTimeout / 5)) },
    clientErrorHandler: answerClientError,
    // Fastify answers these (a malformed URL such as /forms/%ZZ) before any hook runs: the headers are set here.
    frameworkErrors: (error, _request, reply) => sendProblem(reply.headers(SECURITY_HEADERS), problemFor(error)),
  });
  // Bodies stay bytes on the event loop: only JSON, parsed in the evaluation threads; any other media type gets 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  addSecurityHeaders(app);
  await allowOrigins(app, options.corsOrigins ?? []);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = problemFor(error);
    if (body.status >= 500) request.log.error(error);
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem("not-found", `No route ${request.method} ${request.url}. See GET /openapi.json.`)),
  );

  const limits = { ...DEFAULT_EVALUATION_LIMITS, ...options.evaluation };
  const pool = createEvaluationPool(formsDir, { ...limits, bodyBytes: Math.max(limits.bodyBytes, bodyLimit) });
  app.addHook("onClose", () => pool.close());

  await app.register(healthRoute, { catalog });
  await app.register(openApiRoute, { document });
  await app.register(formsRoute, { catalog });
  await app.register(submissionRoutes, { catalog, pool });
  return app;
}
