/**
 * A body's JSON values counted as its pieces arrive, before it is held whole: a body that holds
 * more than its form allows is refused at the piece that passes the limit (413, connection closed),
 * not after the service has received, buffered and handed to a thread up to the body limit of it.
 * The thread counts again before parsing (../evaluation/answer.ts), for callers of the library path.
 */
import { Transform } from "node:stream";
import type { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import { ValueCounter } from "@cluster-form/schema";
import { tooManyValuesDetail } from "../evaluation/answer.js";

export const TOO_MANY_VALUES = "CF_TOO_MANY_VALUES";

/** Ends a body as it arrives; the error handler answers it as a `payload-too-large` problem. */
export class TooManyValuesError extends Error {
  readonly statusCode = 413;
  readonly code = TOO_MANY_VALUES;
}

/** What a preParsing hook returns for Fastify to read instead of the request: the same bytes, counted. */
interface CountedBody extends Transform {
  /** Bytes received from the client, which Fastify compares with content-length. */
  receivedEncodedLength: number;
}

/** `payload` passed through a count of its values, failing once past `limit`. */
export function countedBody(payload: Readable, limit: number, reply: FastifyReply): CountedBody {
  const counter = new ValueCounter();
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.receivedEncodedLength += chunk.length;
      if (counter.add(chunk, limit) <= limit) return done(null, chunk);
      // Not destroyed: the answer still has to go out on this socket; it is closed after it.
      payload.unpipe(counted);
      payload.pause();
      reply.header("connection", "close");
      return done(new TooManyValuesError(tooManyValuesDetail(limit)));
    },
  }) as CountedBody;
  counted.receivedEncodedLength = 0;
  payload.on("error", (error) => counted.destroy(error));
  return payload.pipe(counted);
}
