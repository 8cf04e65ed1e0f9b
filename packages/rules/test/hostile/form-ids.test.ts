/**
 * A form whose ids are not names (`__proto__`), made without the loader: createEvaluator refuses
 * it as the loader does; and, with that check switched off here, every object the evaluator keys
 * by a form id still holds the id as an own key, so that it is in the JSON and no prototype changes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormDefinitionError, type FormPackage } from "../../../schema/src/index.js";
import type * as Schema from "../../../schema/src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";
import { createEvaluator, diffForms } from "../../src/index.js";
import { buildContext, formConstants } from "../../src/evaluate/context.js";
import { freshViews } from "../../src/evaluate/part-views.js";

/** The evaluator's own check of ids, switched off by the tests of the objects behind it. */
const ids = vi.hoisted(() => ({ checked: true }));
vi.mock("@cluster-form/schema", async (importOriginal) => {
  const schema = await importOriginal<typeof Schema>();
  return { ...schema, assertFormIds: (pkg: FormPackage) => (ids.checked ? schema.assertFormIds(pkg) : undefined) };
});
afterEach(() => {
  ids.checked = true;
});

const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const handbook = await loadFormFolder(repo("forms/2020-handbook"));
const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as { data: Record<string, unknown> };

/** The handbook with a computed value of id `__proto__` in table1 (the finding) and a third score column of that id. */
const hostile: FormPackage = {
  ...handbook,
  manifest: { ...handbook.manifest, scoreColumns: [...handbook.manifest.scoreColumns, { id: "__proto__", label: "x", editableBy: ["expert"] }] },
  parts: handbook.parts.map((part) =>
    part.ref.id === "table1" && part.rules ? { ...part, rules: { ...part.rules, computed: [...(part.rules.computed ?? []), { id: "__proto__", label: "x", logic: 3 }] } } : part,
  ),
};

/** Nothing was added to Object.prototype, and `object` has no prototype that holds a value. */
function untouched(object: object): void {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("value");
  expect(({} as { value?: unknown }).value).toBeUndefined();
  const prototype: unknown = Object.getPrototypeOf(object);
  expect(prototype === null || prototype === Object.prototype || Object.getOwnPropertyNames(prototype).length === 0).toBe(true);
}

describe("createEvaluator of a package made without the loader", () => {
  it("refuses an id off its pattern with the loader's error", () => {
    let error: unknown;
    try {
      createEvaluator(hostile);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FormDefinitionError);
    const findings = (error as FormDefinitionError).findings.map((f) => [f.code, f.location.file, f.location.pointer]);
    expect(findings).toEqual([
      ["meta-pattern", "form.json", "/scoreColumns/2/id"],
      ["meta-pattern", "parts/table1.rules.json", "/computed/5/id"],
    ]);
  });
});

describe("with the evaluator's check of ids switched off", () => {
  const evaluate = (): ReturnType<ReturnType<typeof createEvaluator>["evaluate"]> => {
    ids.checked = false;
    // No schema validation: the sites under test are the evaluator's.
    return createEvaluator(hostile, { validator: { validate: () => [] } }).evaluate(sample);
  };

  it("a computed value of id __proto__ is an own key of result.computed, and in its JSON", () => {
    const { computed } = evaluate();
    expect(Object.hasOwn(computed, "__proto__")).toBe(true);
    expect(Object.keys(computed)).toContain("__proto__");
    expect((JSON.parse(JSON.stringify(computed)) as Record<string, unknown>)["__proto__"]).toEqual({ value: 3, label: "x" });
    untouched(computed);
  });

  it("a score column of id __proto__ is an own key of every criterion's scores, every part's columns and the total", () => {
    const result = evaluate();
    for (const criterion of result.criteria) {
      expect(Object.hasOwn(criterion.scores, "__proto__")).toBe(true);
      untouched(criterion.scores);
    }
    for (const part of result.parts) {
      expect(Object.hasOwn(part.columns, "__proto__")).toBe(true);
      untouched(part.columns);
    }
    expect(Object.hasOwn(result.total, "__proto__")).toBe(true);
    expect(Object.keys(JSON.parse(JSON.stringify(result.total)) as object)).toEqual(["self", "expert", "__proto__"]);
    untouched(result.total);
  });
});

describe("a part of id __proto__", () => {
  const withProtoPart: FormPackage = { ...handbook, parts: handbook.parts.map((part) => (part.ref.id === "table1" ? { ...part, ref: { ...part.ref, id: "__proto__" } } : part)) };

  it("is an own key of the rules' context", () => {
    const data = JSON.parse('{"__proto__": {"clusterName": "x"}}') as unknown;
    const context = buildContext(withProtoPart, data, freshViews(), formConstants(withProtoPart));
    expect(Object.hasOwn(context, "__proto__")).toBe(true);
    untouched(context);
  });

  it("is an own key of a diff's part titles", () => {
    const { partTitles } = diffForms(handbook, withProtoPart);
    expect(Object.hasOwn(partTitles, "__proto__")).toBe(true);
    expect(Object.keys(JSON.parse(JSON.stringify(partTitles)) as object)).toContain("__proto__");
    untouched(partTitles);
  });
});
