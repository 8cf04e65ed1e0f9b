/**
 * The service's OpenAPI document as standard tools read it: swagger-parser validates and
 * dereferences it, Redocly's recommended rules find no error, and every route's example answer is
 * what the service answers to the example request.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMS_DIR } from "../../support/paths.js";
import { builtServer } from "./built-service.js";

type JsonObject = Record<string, unknown>;
interface Operation {
  readonly requestBody?: { content: Record<string, { example?: unknown }> };
  readonly parameters?: readonly { name: string; example?: unknown }[];
  readonly responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
}
interface Document {
  readonly paths: Record<string, Record<string, Operation>>;
}

let app: FastifyInstance;
let document: Document & JsonObject;

beforeAll(async () => {
  // The compiled service: its evaluation threads load dist/evaluation/worker.js.
  const { buildServer } = await builtServer();
  app = await buildServer({ formsDir: FORMS_DIR });
  document = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
});
afterAll(async () => {
  await app.close();
});

const operations = (): [string, string, Operation][] => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [path, method, op] as [string, string, Operation]));
const exampleOf = (op: Operation, status: string): unknown => Object.values(op.responses[status]?.content ?? {})[0]?.example;

describe("the OpenAPI document", () => {
  it("validates and dereferences with swagger-parser", async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as { components: { schemas: Record<string, JsonObject> } };
    expect(Object.keys(dereferenced.components.schemas)).toEqual(expect.arrayContaining(["FormManifest", "Submission", "EvaluationResult"]));
  });

  it("has no error under Redocly's recommended rules; the only warnings are routes that take no input and so answer no 4XX", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "/openapi.json", config });
    const described = problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ""}: ${p.message}`);
    expect(described.filter((p) => p.startsWith("error"))).toEqual([]);
    expect(problems.filter((p) => p.ruleId !== "operation-4xx-response")).toEqual([]);
    for (const p of problems) expect(["/health", "/openapi.json", "/forms"].map((path) => `#/paths/${path.replace(/\//g, "~1")}/get/responses`)).toContain(p.location[0]?.pointer);
  });

  it("keeps the form format's annotations as x- extensions, and no $defs reference that cannot resolve", () => {
    const schemas = JSON.stringify(document["components"]);
    expect(schemas.match(/"\$ref":"#\/\$defs\/[^"]*"/g)).toBeNull();
    expect(schemas.match(/"(unit|placeholder)":"[^"]*"/g)).toBeNull();
    expect(schemas).toContain('"x-unit":"万元"');
  });

  it("gives every route an example answer, and each POST an example request", () => {
    for (const [path, method, op] of operations()) {
      expect(exampleOf(op, "200"), `${method} ${path}`).toBeDefined();
      if (method === "post") expect(Object.values(op.requestBody?.content ?? {})[0]?.example, `${method} ${path}`).toBeDefined();
    }
  });

  it("shows answers the service gives to the example requests", async () => {
    const op = (path: string, method = "get"): Operation => document.paths[path]![method]!;
    const get = async (url: string): Promise<unknown> => (await app.inject({ method: "GET", url })).json();
    expect(exampleOf(op("/health"), "200")).toEqual(await get("/health"));
    expect(exampleOf(op("/forms"), "200")).toEqual([((await get("/forms")) as unknown[])[0]]);
    const id = op("/forms/{id}/score", "post").parameters?.find((p) => p.name === "id")?.example as string;
    expect(exampleOf(op("/forms/{id}"), "404")).toEqual(await get("/forms/no-such-form"));

    const submission = Object.values(op("/forms/{id}/score", "post").requestBody!.content)[0]!.example;
    const post = async (url: string): Promise<{ statusCode: number; body: JsonObject }> => {
      const response = await app.inject({ method: "POST", url, payload: submission as JsonObject });
      return { statusCode: response.statusCode, body: response.json() };
    };
    const scored = await post(`/forms/${id}/score`);
    expect(scored.statusCode).toBe(200);
    const scoreExample = exampleOf(op("/forms/{id}/score", "post"), "200") as JsonObject;
    for (const [key, value] of Object.entries(scoreExample)) {
      expect(value, key).toEqual(Array.isArray(value) ? (scored.body[key] as unknown[]).slice(0, value.length) : scored.body[key]);
    }
    const validated = await post(`/forms/${id}/validate?mode=draft`);
    expect(validated.statusCode).toBe(200);
    const validateExample = exampleOf(op("/forms/{id}/validate", "post"), "200") as JsonObject;
    expect(validateExample).toEqual({ ...validated.body, findings: (validated.body["findings"] as unknown[]).slice(0, (validateExample["findings"] as unknown[]).length) });
    const invalid = await post(`/forms/${id}/validate?mode=final`);
    expect(invalid.statusCode).toBe(422);
    const invalidExample = exampleOf(op("/forms/{id}/validate", "post"), "422") as JsonObject;
    expect(Object.keys(invalidExample).sort()).toEqual(Object.keys(invalid.body).sort());
    expect(invalid.body["findings"]).toEqual(expect.arrayContaining(invalidExample["findings"] as unknown[]));
  });
});
