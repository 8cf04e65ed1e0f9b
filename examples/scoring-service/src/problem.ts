/**
 * Errors as RFC 9457 problem documents (`application/problem+json`), so every client gets the
 * same JSON shape whatever went wrong: `type`, `title`, `status`, `detail`, plus extension members.
 */
import type { FastifyReply } from "fastify";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";
const PROBLEM_BASE = "https://cluster-form.dev/problems/";

export type ProblemKind =
  | "bad-request"
  | "invalid-json"
  | "not-found"
  | "unknown-form"
  | "payload-too-large"
  | "unsupported-media-type"
  | "invalid-submission"
  | "method-not-allowed"
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
  "not-found": [404, "Not found"],
  "unknown-form": [404, "Unknown form"],
  "payload-too-large": [413, "The body is too large"],
  "unsupported-media-type": [415, "Unsupported media type"],
  "invalid-submission": [422, "The submission is invalid"],
  "method-not-allowed": [405, "Method not allowed"],
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
