/**
 * The service over real HTTP on a loopback port: every route, every error status, and the
 * scores checked against the library's own evaluation of the same submission.
 */
import type { AddressInfo } from "node:net";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFiles } from "@cluster-form/schema";
import type { FormFiles } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { APPLICATION_ID, FORMS_DIR, HANDBOOK_ID, readSample } from "../../support/paths.js";
import { builtServer } from "./built-service.js";

let buildServer: Awaited<ReturnType<typeof builtServer>>["buildServer"];
let app: FastifyInstance;
let base: string;
let sample: Record<string, unknown>;

beforeAll(async () => {
  ({ buildServer } = await builtServer());
  app = await buildServer({ formsDir: FORMS_DIR });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  sample = await readSample("2020-handbook");
});

afterAll(async () => {
  await app.close();
});

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(base + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  findings?: { code: string; pointer: string; severity: string; label?: string; message: { zh: string; en: string } }[];
  forms?: string[];
}

async function expectProblem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as ProblemBody;
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^https:\/\/cluster-form\.dev\/problems\//);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

/** A copy of the sample with one value replaced at a data path. */
function withValue(path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(sample);
  let node = copy["data"] as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) ?? ""] = value;
  return copy;
}

/** The first numeric leaf of the sample's data: a field whose schema is a number. */
function firstNumberPath(): string[] {
  const walk = (node: unknown, path: string[]): string[] | undefined => {
    if (typeof node === "number") return path;
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    for (const [key, child] of Object.entries(node)) {
      const found = walk(child, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(sample["data"], []);
  if (!found) throw new Error("the sample has no number in its data");
  return found;
}

describe("read-only routes", () => {
  it("GET /health answers ok with the loaded forms", async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; forms: string[] };
    expect(body.status).toBe("ok");
    expect(body.forms).toEqual(expect.arrayContaining([HANDBOOK_ID, APPLICATION_ID]));
  });

  it("GET /forms lists both forms with their manifests and links", async () => {
    const list = (await (await fetch(`${base}/forms`)).json()) as { id: string; year: number; manifest: { totalPoints: number }; links: { score: string } }[];
    const handbook = list.find((form) => form.id === HANDBOOK_ID);
    expect(handbook?.year).toBe(2020);
    expect(handbook?.manifest.totalPoints).toBeGreaterThan(0);
    expect(handbook?.links.score).toBe(`/forms/${HANDBOOK_ID}/score`);
    expect(list.map((form) => form.id)).toContain(APPLICATION_ID);
  });

  it("GET /forms/{id} serves the whole package, loadable in a browser, cacheable by ETag", async () => {
    const response = await fetch(`${base}/forms/${HANDBOOK_ID}`);
    expect(response.status).toBe(200);
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    const bundle = (await response.json()) as FormFiles;
    expect(Object.keys(bundle.files)).toContain("form.json");
    const fromBundle = await loadFormFiles(bundle);
    const fromFolder = await loadFormFolder(`${FORMS_DIR}2020-handbook`);
    expect(fromBundle.manifest).toEqual(fromFolder.manifest);
    expect(fromBundle.parts.map((part) => part.ref.id)).toEqual(fromFolder.parts.map((part) => part.ref.id));
    const again = await fetch(`${base}/forms/${HANDBOOK_ID}`, { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("answers 404 problems for an unknown form and an unknown route", async () => {
    const unknown = await expectProblem(await fetch(`${base}/forms/no-such-form`), 404);
    expect(unknown.forms).toEqual(expect.arrayContaining([HANDBOOK_ID, APPLICATION_ID]));
    await expectProblem(await postJson("/forms/no-such-form/score", sample), 404);
    await expectProblem(await fetch(`${base}/nothing/here`), 404);
  });
});

describe("POST /forms/{id}/score", () => {
  it("scores the sample exactly as the library does", async () => {
    const response = await postJson(`/forms/${HANDBOOK_ID}/score`, sample);
    expect(response.status).toBe(200);
    const result = (await response.json()) as { form: { id: string }; total: Record<string, { value: number | null }>; maxTotal: number; criteria: unknown[] };
    const pkg = await loadFormFolder(`${FORMS_DIR}2020-handbook`);
    const expected = createEvaluator(pkg).evaluate(sample, { mode: "draft" });
    expect(result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.form.id).toBe(HANDBOOK_ID);
    expect(result.criteria.length).toBeGreaterThan(10);
    expect(result.maxTotal).toBe(pkg.manifest.totalPoints);
    expect(Object.values(result.total).some((column) => typeof column.value === "number")).toBe(true);
  });

  it("keeps no state between requests: the same body gives the same answer after another form's", async () => {
    const first = await (await postJson(`/forms/${HANDBOOK_ID}/score`, sample)).text();
    await postJson(`/forms/${APPLICATION_ID}/score`, await readSample("2021-application"));
    await postJson(`/forms/${HANDBOOK_ID}/score`, withValue(firstNumberPath(), 123456));
    const again = await (await postJson(`/forms/${HANDBOOK_ID}/score`, sample)).text();
    expect(again).toBe(first);
  });

  it("scores the 2021 application sample", async () => {
    const response = await postJson(`/forms/${APPLICATION_ID}/score`, await readSample("2021-application"));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { form: { id: string } }).form.id).toBe(APPLICATION_ID);
  });

  it("answers 422 with the field's pointer and label, and the result, for a wrongly typed value", async () => {
    const path = firstNumberPath();
    const problem = await expectProblem(await postJson(`/forms/${HANDBOOK_ID}/score`, withValue(path, "not a number")), 422);
    const finding = problem.findings?.find((item) => item.pointer === `/data/${path.join("/")}`);
    expect(finding?.severity).toBe("error");
    expect(finding?.message.zh.length).toBeGreaterThan(0);
    expect(finding?.message.en.length).toBeGreaterThan(0);
    expect((problem as unknown as { result: { form: { id: string } } }).result.form.id).toBe(HANDBOOK_ID);
  });

  it("answers 422 for JSON that is not a submission, or a submission of another form", async () => {
    const array = await expectProblem(await postJson(`/forms/${HANDBOOK_ID}/score`, [1, 2]), 422);
    expect(array.findings?.[0]?.code).toBe("notASubmission");
    const other = await expectProblem(await postJson(`/forms/${APPLICATION_ID}/score`, sample), 422);
    expect(other.findings?.[0]).toMatchObject({ code: "formMismatch", pointer: "/form/id" });
  });
});

describe("POST /forms/{id}/validate", () => {
  it("accepts the complete sample in final mode", async () => {
    const response = await postJson(`/forms/${HANDBOOK_ID}/validate`, sample);
    const body = (await response.json()) as { valid: boolean; mode: string; findings: { severity: string }[] };
    expect(response.status, JSON.stringify(body).slice(0, 2000)).toBe(200);
    expect(body).toMatchObject({ valid: true, mode: "final" });
    expect(body.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("lists blank required fields as errors in final mode, and accepts them in draft mode", async () => {
    const blank = { form: sample["form"], data: {} };
    const final = await expectProblem(await postJson(`/forms/${HANDBOOK_ID}/validate`, blank), 422);
    expect(final.findings?.length).toBeGreaterThan(0);
    expect(final.findings?.every((finding) => finding.pointer.startsWith("/"))).toBe(true);
    const draft = await postJson(`/forms/${HANDBOOK_ID}/validate?mode=draft`, blank);
    expect(draft.status).toBe(200);
  });

  it("refuses an unknown mode with 400", async () => {
    await expectProblem(await postJson(`/forms/${HANDBOOK_ID}/validate?mode=lenient`, sample), 400);
  });
});

describe("transport errors", () => {
  it("answers 400 for a body that is not JSON", async () => {
    const response = await fetch(`${base}/forms/${HANDBOOK_ID}/score`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"form": ' });
    expect((await expectProblem(response, 400)).type).toMatch(/invalid-json$/);
  });

  it("answers 415 for a body that is not application/json", async () => {
    const response = await fetch(`${base}/forms/${HANDBOOK_ID}/score`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify(sample) });
    await expectProblem(response, 415);
  });

  it("answers 413 above the size limit", async () => {
    const small = await buildServer({ formsDir: FORMS_DIR, bodyLimit: 1024 });
    try {
      await small.listen({ host: "127.0.0.1", port: 0 });
      const port = (small.server.address() as AddressInfo).port;
      const body = JSON.stringify({ ...sample, padding: "x".repeat(4096) });
      const response = await fetch(`http://127.0.0.1:${port}/forms/${HANDBOOK_ID}/score`, { method: "POST", headers: { "content-type": "application/json" }, body });
      await expectProblem(response, 413);
    } finally {
      await small.close();
    }
  });
});

describe("GET /openapi.json", () => {
  it("describes every route, and its request schema is the forms' submission schema", async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/forms", "/forms/{id}", "/forms/{id}/edits", "/forms/{id}/score", "/forms/{id}/validate", "/health", "/openapi.json"]);
    expect(Object.keys(document.paths["/forms/{id}/score"]?.["post"]?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "413", "415", "422"]));

    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/).addFormat("email", /@/).addFormat("uri", /:/);
    ajv.addSchema({ ...document, $id: "https://service.test/openapi.json" });
    const validate = ajv.compile({ $ref: `https://service.test/openapi.json#/components/schemas/Submission.${HANDBOOK_ID}` });
    expect(validate(sample), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(withValue(firstNumberPath(), "not a number"))).toBe(false);
    expect(validate({ form: { id: APPLICATION_ID, version: "x" }, data: {} })).toBe(false);
  });
});
