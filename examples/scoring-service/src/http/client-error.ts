/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers or body too slow, headers
 * too large, not HTTP at all), answered as problem documents on the socket, which is then closed.
 * Replaces Fastify's default handler, which answers them with its own JSON shape.
 */
import type { Duplex } from "node:stream";
import { problem, rawProblemResponse } from "../problem.js";
import type { Problem } from "../problem.js";
import { SECURITY_HEADERS } from "./headers.js";

function problemForClientError(code: string | undefined): Problem {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return problem("request-timeout", "The request's headers or body did not arrive within the service's time limit; the connection is closed.");
  }
  if (code === "HPE_HEADER_OVERFLOW") return problem("headers-too-large", "The request's headers exceed the size the service accepts.");
  return problem("bad-request", "The request is not valid HTTP/1.1.");
}

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (socket.writable) socket.write(rawProblemResponse(problemForClientError(error.code), SECURITY_HEADERS));
  socket.destroy();
}
