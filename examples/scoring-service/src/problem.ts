/**
 * Errors as RFC 9457 problem documents (`application/problem+json`), so every client gets the
 * same JSON shape whatever went wrong: `type`, `title`, `status`, `detail`, plus extension members.
 */
import { STATUS_CODES } from "node:http";
import type { FastifyReply } from "fastify";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";
const PROBLEM_BASE = "https://cluster-form.dev/problems/";

export type ProblemKind =
  | "bad-request"
  | "invalid-json"
  | "forbidden-key"
  | "not-found"
  | "unknown-form"
  | "payload-too-large"
  | "unsupported-media-type"
  | "invalid-submission"
  | "forbidden-edits"
  | "method-not-allowed"
  | "request-timeout"
  | "headers-too-large"
  | "busy"
  | "evaluation-limit"
  | "internal";

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly [extension: string]: unknown;
}

const TITLES: Readonly<Record<ProblemKind, readonly [number, string]>> = {
  "bad-request": [400, "Bad request"],
  "invalid-json": [400, "The body is not valid JSON"],
  "forbidden-key": [400, "The body holds a forbidden key"],
  "not-found": [404, "Not found"],
  "unknown-form": [404, "Unknown form"],
  "payload-too-large": [413, "The body is too large"],
  "unsupported-media-type": [415, "Unsupported media type"],
  "invalid-submission": [422, "The submission is invalid"],
  "forbidden-edits": [422, "The role made changes it may not make"],
  "method-not-allowed": [405, "Method not allowed"],
  "request-timeout": [408, "The request took too long to arrive"],
  "headers-too-large": [431, "The request headers are too large"],
  busy: [503, "The service is busy"],
  "evaluation-limit": [503, "The evaluation exceeded the service's limits"],
  internal: [500, "Internal error"],
};

export function problem(kind: ProblemKind, detail: string, extensions: Readonly<Record<string, unknown>> = {}): Problem {
  const [status, title] = TITLES[kind];
  const reserved = new Set(["type", "title", "status", "detail"]);
  const members = Object.entries(extensions).filter(([key]) => !reserved.has(key));
  return { type: PROBLEM_BASE + kind, title, status, detail, ...Object.fromEntries(members) };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_MEDIA_TYPE).send(body);
}

/** A whole HTTP/1.1 response carrying `body`, for errors answered on the socket before Fastify has a request (see client-error.ts). */
export function rawProblemResponse(body: Problem, headers: Readonly<Record<string, string>>): string {
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? ""}`,
    `content-type: ${PROBLEM_MEDIA_TYPE}`,
    `content-length: ${Buffer.byteLength(text)}`,
    "connection: close",
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join("\r\n")}\r\n\r\n${text}`;
}
