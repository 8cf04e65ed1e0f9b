/**
 * The service under attack, over real HTTP on 127.0.0.1: slow bodies, malformed URLs, forbidden
 * keys, oversized bodies, cross-origin calls, and submissions that cost far more than the form
 * allows. Each test asserts a bound (a status, a size, a count, a closed connection), never a time.
 */
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFormFolder } from "@cluster-form/schema/node";
import { withFullAttachments } from "../../../test/support/largest-submission.js";
import { FORMS_DIR, HANDBOOK_ID, readSample } from "../../support/paths.js";
import { builtServer } from "./built-service.js";

type Service = Awaited<ReturnType<typeof builtServer>>;
type ServiceOptions = NonNullable<Parameters<Service["buildServer"]>[0]>;

const PORTAL = "https://portal.example.gov.cn";
let service: Service;
let sample: Record<string, unknown>;
const started: FastifyInstance[] = [];

async function start(options: ServiceOptions = {}): Promise<{ app: FastifyInstance; base: string; port: number }> {
  const app = await service.buildServer({ formsDir: FORMS_DIR, ...options });
  started.push(app);
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return { app, base: `http://127.0.0.1:${port}`, port };
}

let base: string;
let port: number;

beforeAll(async () => {
  service = await builtServer();
  sample = await readSample("2020-handbook");
  // A deadline no test here reaches by accident on a loaded machine (a thread's first evaluation also loads
  // and checks the form); the deadline itself is tested with a service of its own below.
  ({ base, port } = await start({ corsOrigins: [PORTAL], evaluation: { timeoutMs: 30_000 } }));
});

afterAll(async () => {
  await Promise.all(started.map((app) => app.close()));
});

const score = (body: string, headers: Record<string, string> = {}, target = base): Promise<Response> =>
  fetch(`${target}/forms/${HANDBOOK_ID}/score`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  pointer?: string;
}

async function expectProblem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as ProblemBody;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/cluster-form\.dev\/problems\//) as unknown });
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

/** Writes `head` on a raw connection, then `trickle` one byte at a time every `everyMs`; resolves with what came back and how many bytes went out. */
function slowRequest(target: number, head: string, trickle: Buffer, everyMs: number): Promise<{ answer: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(target, "127.0.0.1");
    let answer = "";
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ answer, sent });
    });
    socket.on("connect", () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent >= trickle.length) {
          clearInterval(timer);
          reject(new Error("the whole body went out: the service never closed the connection"));
          socket.destroy();
          return;
        }
        socket.write(trickle.subarray(sent, sent + 1));
        sent++;
      }, everyMs);
    });
  });
}

/** A submission whose 表6 list holds `rows` empty rows: the attack of issue 18 (its schema allows 50). */
function manyRows(rows: number): string {
  const submission = structuredClone(sample) as { data: { table6: { organisations: unknown[] } } };
  submission.data.table6.organisations = Array.from({ length: rows }, () => ({}));
  return JSON.stringify(submission);
}

/**
 * The sample with `mebibytes` of ASCII text under a key the form does not have, one text per MiB:
 * a body within the service's limits (its size and its count of values) that takes long to read.
 */
function wideBody(mebibytes: number): string {
  const notes = Array.from({ length: mebibytes }, (_, i) => String(i).padEnd(1024 * 1024, "a"));
  return JSON.stringify({ ...sample, notes });
}

describe("slow and malformed requests", () => {
  it("closes a connection whose body trickles in, with a 408 problem document, long before the body is complete", async () => {
    const slow = await start({ timeouts: { requestMs: 1_000, headersMs: 1_000 } });
    const body = Buffer.from(JSON.stringify(sample));
    const head = `POST /forms/${HANDBOOK_ID}/score HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;
    const { answer, sent } = await slowRequest(slow.port, head, body, 200);
    expect(sent).toBeLessThan(body.length);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
    const problem = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as ProblemBody;
    expect(problem).toMatchObject({ status: 408, type: "https://cluster-form.dev/problems/request-timeout" });

    const headers = Buffer.from("GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-padding: " + "a".repeat(500));
    const slowHeaders = await slowRequest(slow.port, "", headers, 200);
    expect(slowHeaders.sent).toBeLessThan(headers.length);
    expect(slowHeaders.answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("answers a malformed URL (/forms/%ZZ) with a problem document, not Fastify's own JSON", async () => {
    const response = await fetch(`${base}/forms/%ZZ`);
    const problem = await expectProblem(response, 400);
    expect(problem.detail).toContain("%ZZ");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers a request that is not HTTP with a problem document and closes the connection", async () => {
    const { answer } = await new Promise<{ answer: string }>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("error", () => undefined);
      socket.on("close", () => resolve({ answer: text }));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/application\/problem\+json/);
  });

  it("says that a __proto__ key is refused, where it is, and why; the same for constructor.prototype", async () => {
    const proto = `{"form":{"id":"${HANDBOOK_ID}"},"data":{"cover":{"__proto__":{"polluted":true}}}}`;
    const problem = await expectProblem(await score(proto), 400);
    expect(problem.type).toMatch(/forbidden-key$/);
    expect(problem.detail).toContain("__proto__");
    expect(problem.detail).not.toMatch(/not valid JSON/);
    expect(problem.pointer).toBe("/data/cover/__proto__");
    const constructor = `{"form":{"id":"${HANDBOOK_ID}"},"data":{"constructor":{"prototype":{"polluted":true}}}}`;
    expect((await expectProblem(await score(constructor), 400)).pointer).toBe("/data/constructor");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses a body nested 100,000 levels deep before parsing it (more values than the form allows), never with a stack overflow", async () => {
    const deep = `{"form":{"id":"${HANDBOOK_ID}"},"data":{"cover":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}}`;
    const problem = await expectProblem(await score(deep), 413);
    expect(problem.detail).toMatch(/values/);
    expect(problem.detail).not.toMatch(/call stack/i);
  });

  it("answers a submission nested 30,000 levels deep, within the count of values, with the library's finding, never a stack overflow", async () => {
    const deep = `{"form":{"id":"${HANDBOOK_ID}"},"data":{"cover":${'{"a":'.repeat(30_000)}1${"}".repeat(30_000)}}}`;
    const response = await score(deep);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain("submission-too-deep");
    expect(text).not.toMatch(/call stack/i);
  });
});

describe("headers", () => {
  it("sends nosniff and no-store on answers and on every kind of error", async () => {
    const answers = [
      await fetch(`${base}/health`),
      await score(JSON.stringify(sample)),
      await score("{not json"),
      await fetch(`${base}/no/such/route`),
      await fetch(`${base}/forms/no-such-form`),
      await score(JSON.stringify(sample), { "content-type": "text/plain" }),
    ];
    expect(answers.map((response) => response.status)).toEqual([200, 200, 400, 404, 404, 415]);
    for (const response of answers) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("no-store");
      await response.arrayBuffer();
    }
    // The public form package alone stays cacheable (by ETag); nosniff still applies.
    const form = await fetch(`${base}/forms/${HANDBOOK_ID}`);
    expect(form.headers.get("cache-control")).toMatch(/max-age/);
    expect(form.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("CORS", () => {
  it("is off by default: no access-control header for any origin, and no preflight", async () => {
    const plain = await start();
    const response = await fetch(`${plain.base}/health`, { headers: { origin: PORTAL } });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    const preflight = await fetch(`${plain.base}/forms/${HANDBOOK_ID}/score`, { method: "OPTIONS", headers: { origin: PORTAL, "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    await preflight.arrayBuffer();
  });

  it("allows exactly the configured origins", async () => {
    const allowed = await score(JSON.stringify(sample), { origin: PORTAL });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(PORTAL);
    await allowed.arrayBuffer();
    const other = await score(JSON.stringify(sample), { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    await other.arrayBuffer();
    const preflight = await fetch(`${base}/forms/${HANDBOOK_ID}/score`, {
      method: "OPTIONS",
      headers: { origin: PORTAL, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });
});

describe("body size", () => {
  it("refuses a body over the limit with a 413 problem document, from its content-length, before reading it", async () => {
    const declared = started[0]?.initialConfig.bodyLimit ?? 0;
    expect(declared).toBeGreaterThan(0);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write(`POST /forms/${HANDBOOK_ID}/score HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${declared + 1}\r\n\r\n{`),
      );
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => {
        text += chunk;
        if (text.includes("}")) socket.destroy();
      });
      socket.on("error", () => undefined);
      socket.on("close", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/application\/problem\+json/);
    expect(answer).toContain("payload-too-large");
  });

  it("refuses a body holding more values than the form allows as it arrives, long before the whole of it is sent, and closes the connection", async () => {
    const length = 64 * 1024 * 1024;
    const piece = Buffer.from("[".repeat(64 * 1024));
    const { answer, sent } = await new Promise<{ answer: string; sent: number }>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let text = "";
      let written = 0;
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("error", () => undefined);
      socket.on("close", () => resolve({ answer: text, sent: written }));
      const writeMore = (): void => {
        while (written < length && text === "") {
          written += piece.length;
          if (!socket.write(piece)) return void socket.once("drain", writeMore);
        }
      };
      socket.on("connect", () => {
        socket.write(`POST /forms/${HANDBOOK_ID}/score HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`);
        writeMore();
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain("payload-too-large");
    expect(answer).toContain("JSON values");
    // The count passes the form's limit (about 40,000 values) in the first pieces; what the socket buffers besides is far below the body.
    expect(sent).toBeLessThan(length / 4);
    expect((await score(JSON.stringify(sample))).status).toBe(200);
  });

  it("accepts a submission whose attachments are all at the largest the form allows", async () => {
    const pkg = await loadFormFolder(`${FORMS_DIR}2020-handbook`);
    const { submission, characters } = withFullAttachments(pkg, sample as { data: Record<string, Record<string, unknown>> });
    expect(characters).toBeGreaterThan(3 * 1024 * 1024);
    const body = JSON.stringify(submission, null, 2);
    expect(body.length).toBeLessThanOrEqual(started[0]?.initialConfig.bodyLimit ?? 0);
    const response = await score(body);
    const text = await response.text();
    expect([200, 422]).toContain(response.status);
    expect(text).not.toContain("submission-too-large");
    expect(text.length).toBeLessThan(body.length / 100);
  });
});

describe("expensive submissions", () => {
  it("keeps answering /health while hostile submissions run, and answers each of them within bounds", async () => {
    // Rows past the count of values the form allows (refused unread), rows within it (refused by the
    // library), and long texts within every limit (read and scored).
    const hostile = [manyRows(340_000), manyRows(15_000), wideBody(24)];
    let pending = 2 * hostile.length;
    const attacks = Array.from({ length: pending }, async (_, i) => {
      const body = hostile[i % hostile.length] as string;
      try {
        const response = await score(body);
        return { body, status: response.status, type: response.headers.get("content-type") ?? "", bytes: (await response.arrayBuffer()).byteLength };
      } finally {
        pending--;
      }
    });
    const health: number[] = [];
    let answeredDuringAttack = 0;
    while (pending > 0) {
      const response = await fetch(`${base}/health`);
      health.push(response.status);
      await response.arrayBuffer();
      if (pending > 0) answeredDuringAttack++;
    }
    const results = await Promise.all(attacks);
    expect(answeredDuringAttack).toBeGreaterThan(0);
    expect(new Set(health)).toEqual(new Set([200]));
    const statuses = results.map((result) => result.status);
    expect(statuses.slice(0, 3)).toEqual([413, 422, 200]);
    for (const result of results) {
      // Refused or evaluated, but never an answer larger than the body (issue 18: 250 times the body).
      expect([200, 413, 422, 503]).toContain(result.status);
      expect(result.bytes).toBeLessThan(result.body.length);
      if (result.status !== 200) expect(result.type).toMatch(/^application\/problem\+json/);
    }
    const after = await fetch(`${base}/health`);
    expect(after.status).toBe(200);
    // The service still scores normally afterwards.
    expect((await score(JSON.stringify(sample))).status).toBe(200);
  });

  it("answers 503 with retry-after when the bodies held would pass the budget (before reading the body), or the queue is full", async () => {
    const expectSomeBusy = async (target: string, body: string): Promise<void> => {
      const answers = await Promise.all(Array.from({ length: 4 }, () => score(body, {}, target)));
      const busy = answers.filter((response) => response.status === 503 && response.headers.get("retry-after") !== null);
      expect(busy.length).toBeGreaterThan(0);
      expect(answers.map((response) => response.status).filter((status) => status !== 503).every((status) => status < 500)).toBe(true);
      for (const response of answers) await response.arrayBuffer();
    };
    // Room for one such body at a time.
    await expectSomeBusy((await start({ bodyLimit: 3 * 1024 * 1024, evaluation: { bodyBytes: 0, timeoutMs: 2_000 } })).base, wideBody(2));
    // One thread, no queue: reading 24 MiB of text keeps the one thread busy while the others arrive.
    await expectSomeBusy((await start({ evaluation: { threads: 1, queue: 0, timeoutMs: 30_000 } })).base, wideBody(24));
  });

  it("answers 503 when an evaluation passes its deadline", async () => {
    const deadline = await start({ evaluation: { threads: 1, timeoutMs: 5 } });
    const slow = await expectProblem(await score(wideBody(24), {}, deadline.base), 503);
    expect(slow.type).toMatch(/evaluation-limit$/);
    expect(slow.detail).toContain("0.005 s");
  });

  it("answers 503 without reading a body whose parse could pass its thread's heap, and goes on scoring", async () => {
    // 40 MiB of text could need up to 160 MiB to parse (the decoded text and the parsed strings, at
    // most 2 bytes a character each): more than a thread of 96 MB has at all (V8 adds 48 MB of young
    // generation: 144 MB), whatever the forms it loaded take.
    const small = await start({ evaluation: { threads: 1, heapMb: 96, timeoutMs: 120_000 } });
    const heavy = await expectProblem(await score(wideBody(40), {}, small.base), 503);
    expect(heavy.type).toMatch(/evaluation-limit$/);
    expect(heavy.detail).toContain("96 MB");
    expect((await score(JSON.stringify(sample), {}, small.base)).status).toBe(200);
  });

  it("reads large bodies one after another on a modest heap: what earlier ones left is not counted against the next", async () => {
    // Threads of 256 MB (304 MB with the young generation); each body could need up to 100 MB to parse.
    const modest = await start({ evaluation: { threads: 1, heapMb: 256, timeoutMs: 120_000 } });
    const body = wideBody(24);
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await score(body, {}, modest.base);
      answers.push(`${response.status} ${(await response.text()).slice(0, 300)}`);
    }
    expect(answers.map((answer) => answer.slice(0, 3))).toEqual(Array.from({ length: 6 }, () => "200"));
  });

  it("refuses unread the body that used to end the whole process (3,400,000 rows, 10 MB: a native parse past the thread's heap), and lives on", async () => {
    // Node ends a worker at its heap limit only where the engine can stop; JSON.parse building one
    // huge list does not stop, and the process aborted (nodejs/node#47224). The count of values refuses it first.
    const small = await start({ evaluation: { threads: 1, heapMb: 96, timeoutMs: 120_000 } });
    const huge = manyRows(3_400_000);
    const refused = await expectProblem(await score(huge, {}, small.base), 413);
    expect(refused.type).toMatch(/payload-too-large$/);
    expect((await score(JSON.stringify(sample), {}, small.base)).status).toBe(200);
    expect((await fetch(`${small.base}/health`)).status).toBe(200);
  });
});
