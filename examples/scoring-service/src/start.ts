/**
 * Starts the service: `node bin/start.js [--forms <dir>] [--port <n>] [--host <addr>] …`, or the
 * environment variables of each flag (for containers). Prints the URL it listens on.
 */
import { parseArgs } from "node:util";
import { DEFAULT_EVALUATION_LIMITS } from "./evaluation/pool.js";
import { buildServer, DEFAULT_TIMEOUTS } from "./server.js";

/** Number settings: flag, environment variable, default (undefined: derived), meaning. */
const NUMBERS = {
  port: ["PORT", 3000, "port to listen on (0 picks a free one)"],
  "body-limit": ["BODY_LIMIT", undefined, "largest request body in bytes (default: the largest submission the forms allow)"],
  "request-timeout": ["REQUEST_TIMEOUT", DEFAULT_TIMEOUTS.requestMs, "ms for a whole request (headers and body) to arrive"],
  "headers-timeout": ["HEADERS_TIMEOUT", DEFAULT_TIMEOUTS.headersMs, "ms for a request's headers to arrive"],
  "keep-alive-timeout": ["KEEP_ALIVE_TIMEOUT", DEFAULT_TIMEOUTS.keepAliveMs, "ms an idle keep-alive connection stays open"],
  threads: ["EVALUATION_THREADS", DEFAULT_EVALUATION_LIMITS.threads, "evaluation worker threads"],
  queue: ["EVALUATION_QUEUE", DEFAULT_EVALUATION_LIMITS.queue, "submissions waiting for a thread before 503"],
  "evaluation-timeout": ["EVALUATION_TIMEOUT", DEFAULT_EVALUATION_LIMITS.timeoutMs, "ms a submission may take, waiting included"],
  "evaluation-heap": ["EVALUATION_HEAP_MB", DEFAULT_EVALUATION_LIMITS.heapMb, "MB of heap per evaluation thread"],
  "body-budget": ["BODY_BUDGET", DEFAULT_EVALUATION_LIMITS.bodyBytes, "bytes of request bodies held at once before 503 (at least the body limit)"],
} as const satisfies Record<string, readonly [string, number | undefined, string]>;

type NumberSetting = keyof typeof NUMBERS;

const USAGE = [
  "Usage: cluster-form-scoring-service [options]   (each option also as an environment variable)",
  "  --forms <dir>           FORMS_DIR: folder of form packages (default: the repository's forms/)",
  "  --host <address>        HOST: address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
  "  --cors-origins <list>   CORS_ORIGINS: comma-separated origins allowed to call from a browser (default: none, CORS off)",
  ...Object.entries(NUMBERS).map(([flag, [variable, fallback, meaning]]) => `  --${`${flag} <n>`.padEnd(21)} ${variable}: ${meaning}${fallback === undefined ? "" : ` (default ${fallback})`}`),
].join("\n");

function integer(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new TypeError(`${name} must be a whole number, not "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const numberOptions = Object.fromEntries(Object.keys(NUMBERS).map((flag) => [flag, { type: "string" as const }]));
  const { values } = parseArgs({
    options: { ...numberOptions, forms: { type: "string" }, host: { type: "string" }, "cors-origins": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const env = process.env;
  const read = (flag: NumberSetting): number | undefined => {
    const [variable, fallback] = NUMBERS[flag];
    return integer((values as Record<string, string | undefined>)[flag] ?? env[variable], `--${flag}`) ?? fallback;
  };
  const defined = <T extends object>(object: T): Partial<T> => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
  const formsDir = values.forms ?? env["FORMS_DIR"];
  const origins = (values["cors-origins"] ?? env["CORS_ORIGINS"] ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
  const app = await buildServer({
    ...defined({ formsDir, bodyLimit: read("body-limit") }),
    timeouts: defined({ requestMs: read("request-timeout"), headersMs: read("headers-timeout"), keepAliveMs: read("keep-alive-timeout") }),
    evaluation: defined({ threads: read("threads"), queue: read("queue"), timeoutMs: read("evaluation-timeout"), heapMb: read("evaluation-heap"), bodyBytes: read("body-budget") }),
    corsOrigins: origins,
    logger: { level: env["LOG_LEVEL"] ?? "warn" },
  });
  const url = await app.listen({ port: read("port") ?? 3000, host: values.host ?? env["HOST"] ?? "127.0.0.1" });
  const forms = (await app.inject({ url: "/health" })).json<{ forms: string[] }>().forms;
  console.log(`cluster-form scoring service on ${url}  (forms: ${forms.join(", ")}; description: ${url}/openapi.json)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof TypeError) console.error(USAGE);
  process.exitCode = 1;
});
