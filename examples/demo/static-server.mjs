// A small static file server for the demo and the examples: GET/HEAD only, a fixed list of
// repository folders, no dotfiles, no path escaping the repository, no directory listings.
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, sep } from "node:path";

const MEDIA_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root        the repository folder
 * @property {string[]} prefixes  URL path prefixes served from the same path under root, e.g. "/forms/"
 * @property {Record<string, string>} [aliases]  exact URL paths served from another file under root, e.g. { "/": "/examples/demo/index.html" }
 * @property {Record<string, Record<string, string>>} [headers]  extra headers by (aliased) URL path, e.g. a Content-Security-Policy for a page
 * @property {(pathname: string) => Promise<string | null> | null} [virtual]  content made in memory for a URL path (null: not one of them), served before files; e.g. a form built on request without writing it anywhere
 */

/** @param {number} status @param {string} message @param {import("node:http").ServerResponse} response */
function fail(response, status, message) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  response.end(`${status} ${message}\n`);
}

/**
 * The file under `root` that a URL path names, or null when it is not one we serve.
 * @param {StaticServerOptions} options @param {string} root @param {string} pathname
 */
function aliasOf(options, pathname) {
  return options.aliases?.[pathname] ?? pathname;
}

/** @param {StaticServerOptions} options @param {string} root @param {string} pathname */
async function resolveFile(options, root, pathname) {
  const aliased = aliasOf(options, pathname);
  if (!options.prefixes.some((prefix) => aliased.startsWith(prefix))) return null;
  const segments = aliased.split("/").filter(Boolean);
  if (segments.some((segment) => segment.startsWith(".") || segment.includes("\\") || segment.includes("\0"))) return null;
  let path = join(root, ...segments);
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const real = await realpath(path);
    if (!real.startsWith(root + sep) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

/** @param {StaticServerOptions} options */
export async function createStaticServer(options) {
  const root = await realpath(options.root);
  return createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      return fail(response, 405, "Method Not Allowed");
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return fail(response, 400, "Bad Request");
    }
    const made = options.virtual?.(pathname);
    if (made) {
      let body;
      try {
        body = await made;
      } catch (error) {
        return fail(response, 500, error instanceof Error ? error.message : String(error));
      }
      if (body === null) return fail(response, 404, "Not Found");
      response.writeHead(200, {
        "content-type": MEDIA_TYPES[/** @type {keyof typeof MEDIA_TYPES} */ (extname(pathname))] ?? "application/octet-stream",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
      });
      return response.end(request.method === "HEAD" ? undefined : body);
    }
    const file = await resolveFile(options, root, pathname);
    if (!file) return fail(response, 404, "Not Found");
    const type = MEDIA_TYPES[/** @type {keyof typeof MEDIA_TYPES} */ (extname(file))] ?? "application/octet-stream";
    const { size } = await stat(file);
    response.writeHead(200, {
      "content-type": type,
      "content-length": size,
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      ...options.headers?.[aliasOf(options, pathname)],
    });
    if (request.method === "HEAD") return response.end();
    createReadStream(file).on("error", () => response.destroy()).pipe(response);
  });
}
