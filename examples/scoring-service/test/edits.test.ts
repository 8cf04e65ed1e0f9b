/**
 * POST /forms/{id}/edits over real HTTP: which changes a role may not make, by the form model's
 * edit rights, answered the same as the library's checkEdits for the same submissions.
 */
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEdits, type EditViolation } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { FORMS_DIR, HANDBOOK_ID, readSample } from "../../support/paths.js";
import { builtServer } from "./built-service.js";

let app: FastifyInstance;
let base: string;
let sample: { form: unknown; data: Record<string, Record<string, unknown>>; scores: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  const { buildServer } = await builtServer();
  app = await buildServer({ formsDir: FORMS_DIR });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  sample = (await readSample("2020-handbook")) as typeof sample;
});

afterAll(async () => {
  await app.close();
});

const post = (body: unknown, form = HANDBOOK_ID): Promise<Response> =>
  fetch(`${base}/forms/${form}/edits`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

interface EditsAnswer {
  status?: number;
  type?: string;
  detail?: string;
  allowed?: boolean;
  role?: string;
  roles?: string[];
  violations?: EditViolation[];
}

describe("POST /forms/{id}/edits", () => {
  it("answers 200 when a role changed only what it fills", async () => {
    const after = structuredClone(sample);
    (after.scores["t3.operation"] as Record<string, unknown>)["self"] = 2;
    const response = await post({ role: "applicant", previous: sample, submission: after });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ allowed: true, form: { id: HANDBOOK_ID, version: expect.any(String) }, role: "applicant", violations: [] });
  });

  it("answers 422 with each change the role may not make, as the library's checkEdits finds them", async () => {
    const after = structuredClone(sample);
    (after.scores["t3.operation"] as Record<string, unknown>)["self"] = 0;
    after.data["table1"] = { ...after.data["table1"], clusterName: "专家改的" };
    const response = await post({ role: "expert", previous: sample, submission: after });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as EditsAnswer;
    expect(body.type).toBe("https://cluster-form.dev/problems/forbidden-edits");
    expect(body.role).toBe("expert");
    expect(body.violations?.map((v) => v.pointer)).toEqual(["/data/table1/clusterName", "/scores/t3.operation/self"]);
    const form = await loadFormFolder(`${FORMS_DIR}/2020-handbook`);
    expect(body.violations).toEqual(JSON.parse(JSON.stringify(checkEdits(form, "expert", sample, after))));
    expect(body.violations?.[1]?.message.zh).toContain("只有考核对象可以修改");
  });

  it("without a previous submission, takes everything in the submission as the role's doing", async () => {
    const applicant = (await (await post({ role: "applicant", submission: sample })).json()) as EditsAnswer;
    const pointers = applicant.violations?.map((v) => v.pointer) ?? [];
    expect(pointers.length).toBeGreaterThan(0);
    expect(pointers.every((p) => p.startsWith("/data/table10") || p.startsWith("/data/table12") || p.endsWith("/expert"))).toBe(true);
    const viewer = (await (await post({ role: "viewer", submission: { form: sample.form, data: {} } })).json()) as EditsAnswer;
    expect(viewer.allowed).toBe(true);
  });

  it("refuses a body that is not an edit check, an unknown role, a __proto__ key and an unknown form", async () => {
    const notACheck = (await (await post(sample)).json()) as EditsAnswer;
    expect(notACheck.status).toBe(400);
    const unknownRole = await post({ role: "admin", submission: sample });
    expect(unknownRole.status).toBe(400);
    expect(((await unknownRole.json()) as EditsAnswer).roles).toEqual(["applicant", "expert", "viewer"]);
    expect((await post({ role: "applicant", submission: sample, previous: [] })).status).toBe(400);
    const proto = await post(`{"role": "applicant", "submission": {"form": {}, "data": {"table10": {"__proto__": {"x": 1}}}}}`);
    expect(proto.status).toBe(400);
    expect(((await proto.json()) as EditsAnswer).type).toBe("https://cluster-form.dev/problems/forbidden-key");
    expect((await post({ role: "applicant", submission: sample }, "no-such-form")).status).toBe(404);
  });

  it("bounds its answer by the form however large the submission", async () => {
    // As large as the count of values lets through: twice the form's largest submission, less the two samples.
    const after = structuredClone(sample);
    after.data["table10"] = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i })) };
    for (let i = 0; i < 5_000; i++) after.scores[`made.up.${i}`] = { expert: i };
    const body = (await (await post({ role: "applicant", previous: sample, submission: after })).json()) as EditsAnswer;
    expect(body.violations?.map((v) => v.pointer)).toEqual(["/data/table10/majorAccident", "/data/table10/rows", "/scores/made.up.0/expert"]);
  });

  it("refuses unread a body holding more values than two of the form's largest submissions", async () => {
    const after = structuredClone(sample);
    after.data["table10"] = { rows: Array.from({ length: 100_000 }, (_, i) => ({ i })) };
    const response = await post({ role: "applicant", previous: sample, submission: after });
    expect(response.status).toBe(413);
    const body = (await response.json()) as EditsAnswer;
    expect(body.type).toBe("https://cluster-form.dev/problems/payload-too-large");
    expect(body.detail).toMatch(/values/);
  });
});
