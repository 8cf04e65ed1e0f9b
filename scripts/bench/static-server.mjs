// The benchmarks' web server: the repository's files, and pages or files the benchmark made (`pages`,
// by path) served over them.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".html": "text/html", ".css": "text/css" };
const typeOf = (path) => `${TYPES[extname(path)] ?? "application/octet-stream"}; charset=utf-8`;

/** Serves `root` on a free port of 127.0.0.1; `pages` maps a path to the text or bytes served there. */
export function serve(root, pages = new Map()) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (pages.has(path)) return void response.writeHead(200, { "content-type": typeOf(path) }).end(pages.get(path));
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": typeOf(file) }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, pages, close: () => server.close() })),
  );
}
