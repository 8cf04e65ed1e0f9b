/** A small static file server on 127.0.0.1 (random port) serving the repository, plus pages and headers a test adds. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface Route {
  readonly body: string;
  readonly type?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  readonly origin: string;
  /** Serves `body` at `path` (from memory), with extra headers such as a Content-Security-Policy. */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startServer(root: string = repoRoot): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (path === "/favicon.ico") {
        response.writeHead(204).end();
        return;
      }
      const route = routes.get(path);
      if (route) {
        response.writeHead(200, { "content-type": route.type ?? TYPES[extname(path)] ?? "text/plain", "cache-control": "no-store", ...route.headers });
        response.end(route.body);
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error("not a file");
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        createReadStream(file).pipe(response);
      } catch {
        response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, route) => void routes.set(path, route),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
