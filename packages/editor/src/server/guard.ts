/**
 * Who may talk to the editor: only this machine, and only the page that knows the token. The server
 * listens on 127.0.0.1; a page on another site could still reach it through the browser (DNS rebinding,
 * requests from other local pages), so every request must name 127.0.0.1 or localhost with the editor's
 * port as its Host, come from the editor's own origin when it carries one, and start with the token.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const newToken = (): string => randomBytes(24).toString("base64url");

export type Refusal = "host" | "origin" | "token";

const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The path after the token (`/api/form`), or why the request is refused. */
export function admit(request: IncomingMessage, port: number, token: string): { path: string } | { refused: Refusal } {
  const hosts = allowedHosts(port);
  if (!hosts.includes(request.headers.host ?? "")) return { refused: "host" };
  const origin = request.headers.origin;
  const writes = request.method !== "GET" && request.method !== "HEAD";
  // Browsers send Origin with every POST; a write without one did not come from the editor's page.
  if (origin !== undefined ? !hosts.some((host) => origin === `http://${host}`) : writes) return { refused: "origin" };
  const fetchSite = request.headers["sec-fetch-site"];
  if (typeof fetchSite === "string" && fetchSite !== "same-origin" && fetchSite !== "none") return { refused: "origin" };
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const [, first = "", ...rest] = url.pathname.split("/");
  if (!sameText(first, token)) return { refused: "token" };
  return { path: `/${rest.join("/")}` };
}
