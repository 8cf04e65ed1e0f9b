/**
 * Starts the service: `node bin/start.js [--forms <dir>] [--port <n>] [--host <addr>]`,
 * or the environment variables FORMS_DIR, PORT, HOST, BODY_LIMIT. Prints the URL it listens on.
 */
import { parseArgs } from "node:util";
import { buildServer, DEFAULT_BODY_LIMIT } from "./server.js";

const USAGE = `Usage: cluster-form-scoring-service [--forms <dir>] [--port <n>] [--host <address>] [--body-limit <bytes>]
  --forms       folder of form packages (default: the repository's forms/, or $FORMS_DIR)
  --port        port to listen on (default: $PORT or 3000; 0 picks a free one)
  --host        address to listen on (default: $HOST or 127.0.0.1; 0.0.0.0 for every interface)
  --body-limit  largest request body in bytes (default: $BODY_LIMIT or ${DEFAULT_BODY_LIMIT})`;

function integer(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      forms: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      "body-limit": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const env = process.env;
  const formsDir = values.forms ?? env["FORMS_DIR"];
  const app = await buildServer({
    ...(formsDir === undefined ? {} : { formsDir }),
    bodyLimit: integer(values["body-limit"] ?? env["BODY_LIMIT"], "--body-limit", DEFAULT_BODY_LIMIT),
    logger: { level: env["LOG_LEVEL"] ?? "warn" },
  });
  const url = await app.listen({ port: integer(values.port ?? env["PORT"], "--port", 3000), host: values.host ?? env["HOST"] ?? "127.0.0.1" });
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
