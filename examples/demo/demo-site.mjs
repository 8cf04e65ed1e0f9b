// What the demo site serves, shared by serve.mjs (`pnpm start`) and `cluster-form preview`: the page with
// its Content-Security-Policy, the renderer's bundles, the forms and the examples' data.
import { createStaticServer } from "./static-server.mjs";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Where the page reads each built form (`cluster-form build` output) and the list of them. */
export const BUILD_PATH = "/examples/demo/build/";

/**
 * @param {string} root  the repository folder
 * @param {import("./static-server.mjs").StaticServerOptions["virtual"]} [virtual]  files made in memory (the preview's built forms)
 */
export function createDemoServer(root, virtual) {
  return createStaticServer({
    root,
    prefixes: ["/examples/", "/forms/", "/packages/renderer/dist/"],
    aliases: { "/": "/examples/demo/index.html", "/favicon.ico": "/examples/demo/favicon.svg" },
    headers: { "/examples/demo/index.html": { "content-security-policy": CONTENT_SECURITY_POLICY } },
    virtual,
  });
}
