/**
 * Validating in pieces (src/submission/split.ts, compose.ts): the same findings as the whole
 * schema, in the same order, on any data; and, remembering rows and parts, after any sequence of
 * changes made by replacing the objects along the changed path.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSubmissionSchema, createSubmissionValidator, formatPointer, loadFormPackage as loadInBrowser, parsePointer } from "../src/index.js";
import type { FormPackage } from "../src/index.js";
import { loadFormPackage } from "../src/node.js";
import { splitPlan, splitSchemas } from "../src/submission/split.js";
import { fixture } from "./helpers.js";

const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const FORMS = ["2020-handbook", "2021-application"] as const;

const packages = new Map<string, FormPackage>();
const samples = new Map<string, Record<string, unknown>>();
beforeAll(async () => {
  for (const form of FORMS) {
    packages.set(form, await loadFormPackage(repo(`forms/${form}`)));
    samples.set(form, JSON.parse(readFileSync(repo(`examples/data/${form}.sample.json`), "utf8")) as Record<string, unknown>);
  }
});

type Json = unknown;

/** Every pointer in a value (objects, arrays and leaves), the value's own "" first. */
function pointersOf(value: Json, pointer = ""): string[] {
  const found = [pointer];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...pointersOf(item, `${pointer}/${i}`)));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) found.push(...pointersOf(item, pointer + formatPointer([key])));
  return found;
}

/** `value` with `replace` applied at `segments`, copying only the objects on the way (as `<cluster-form>` does). */
function updateAt(value: Json, segments: readonly string[], replace: (old: Json) => Json): Json {
  if (segments.length === 0) return replace(value);
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(head)] = updateAt(copy[Number(head)], rest, replace);
    return copy;
  }
  const record = typeof value === "object" && value !== null ? (value as Record<string, Json>) : {};
  return { ...record, [head]: updateAt(record[head], rest, replace) };
}

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, "", "x", 0, -1, 1.5, 1e9, "2020-13-45", "13401x", "字".repeat(40)),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.constant({}),
  fc.constant([]),
  fc.constant([{}, { name: 5 }]),
  fc.dictionary(fc.constantFrom("name", "sales2020", "x", "date"), fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
);

/** A change of a submission: a value set at one of its pointers, a row moved, or a row removed. */
type Edit = { readonly at: number; readonly kind: "set"; readonly value: Json } | { readonly at: number; readonly kind: "move" | "remove" };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("set" as const), value: anyValue }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom("move" as const, "remove" as const) }),
);

function applyEdit(submission: Json, change: Edit): Json {
  const pointers = pointersOf(submission).filter((p) => p.startsWith("/data/") || p.startsWith("/form/") || p.startsWith("/scores/"));
  const pointer = pointers[change.at % Math.max(pointers.length, 1)] ?? "/data";
  const segments = parsePointer(pointer);
  if (change.kind === "set") return updateAt(submission, segments, () => change.value);
  // Moves and removals act on the array holding the value at the pointer, if any.
  const index = segments.length > 0 ? Number(segments[segments.length - 1]) : Number.NaN;
  if (!Number.isInteger(index)) return updateAt(submission, segments, () => change.kind);
  return updateAt(submission, segments.slice(0, -1), (rows) => {
    if (!Array.isArray(rows)) return rows;
    const copy = rows.slice();
    const [row] = copy.splice(index, 1);
    if (change.kind === "move") copy.splice(Math.max(0, index - 1), 0, row);
    return copy;
  });
}

/** The minimal fixture form with one part schema changed by `change`. */
async function minimalWith(part: string, change: (schema: Record<string, unknown>) => Record<string, unknown>): Promise<FormPackage> {
  const base = await loadFormPackage(fixture("minimal-form"));
  const files = Object.fromEntries([...base.sources].map(([path, source]) => [path, source.text]));
  const file = `parts/${part}.schema.json`;
  return loadInBrowser({ files: { ...files, [file]: JSON.stringify(change(JSON.parse(files[file] as string) as Record<string, unknown>)) } });
}

describe("a submission schema in pieces", () => {
  it("cuts the forms into the envelope, the parts and the tables' rows, with `false` where a piece was", () => {
    const pkg = packages.get("2020-handbook") as FormPackage;
    const schema = buildSubmissionSchema(pkg, "final");
    const plan = splitPlan(pkg, schema);
    expect(plan).toBeDefined();
    const points = plan?.points ?? [];
    expect(points[0]).toEqual({ at: "", parent: -1 });
    const parts = points.filter((p) => p.parent === 0).map((p) => p.at);
    expect(parts).toEqual(pkg.parts.filter((part) => part.schema !== undefined).map((part) => formatPointer(["properties", "data", "properties", part.ref.id])));
    const table2 = points.findIndex((p) => p.at === "/properties/data/properties/table2");
    expect(points).toContainEqual({ at: "/properties/data/properties/table2/properties/enterprises/items", parent: table2 });
    points.forEach((point, index) => expect(point.parent).toBeLessThan(index));
    const schemas = splitSchemas(schema, { points });
    expect(schemas).toHaveLength(points.length);
    expect((schemas[table2] as { properties: { enterprises: { items: unknown } } }).properties.enterprises.items).toBe(false);
    // The whole schema is left as it was.
    expect(JSON.stringify(schema)).toBe(JSON.stringify(buildSubmissionSchema(pkg, "final")));
  });

  it("leaves whole a part that could not validate alone (unevaluatedProperties), and cuts the others", async () => {
    const pkg = await minimalWith("planning", (schema) => ({ ...schema, unevaluatedProperties: false }));
    const cut = splitPlan(pkg, buildSubmissionSchema(pkg, "final"))?.points.map((p) => p.at) ?? [];
    expect(cut).toContain("/properties/data/properties/cover");
    expect(cut).toContain("/properties/data/properties/cover/properties/enterprises/items");
    expect(cut).not.toContain("/properties/data/properties/planning");
    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { cover: { enterprises: [{ name: 1 }] }, planning: { extra: 1, planTargetsMet: "yes" } } };
    const found = createSubmissionValidator(pkg, { incremental: true }).validate(submission, "final");
    expect(found.map((f) => f.code)).toContain("data-unevaluatedProperties");
    expect(found).toEqual(createSubmissionValidator(pkg).validate(submission, "final"));
  });

  it("finds the pieces of fields whose names need escaping (spaces, Chinese, a slash)", async () => {
    const pkg = await minimalWith("cover", (schema) => {
      const properties = { ...(schema["properties"] as Record<string, unknown>) };
      properties["重点 企业/名单"] = properties["enterprises"];
      delete properties["enterprises"];
      return { ...schema, properties };
    });
    const cut = splitPlan(pkg, buildSubmissionSchema(pkg, "final"))?.points.map((p) => p.at) ?? [];
    expect(cut).toContain("/properties/data/properties/cover/properties/重点 企业~1名单/items");
    const rows = [{ name: "甲" }, { name: 3 }];
    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { cover: { "重点 企业/名单": rows } } };
    const found = createSubmissionValidator(pkg, { incremental: true }).validate(submission, "draft");
    expect(found.map((f) => `${f.code} ${f.pointer}`)).toEqual(["data-type /data/cover/重点 企业~1名单/1/name"]);
    expect(found).toEqual(createSubmissionValidator(pkg).validate(submission, "draft"));
  });

  it("is not cut where the draft cannot be derived from the final errors (a required field inside anyOf)", async () => {
    const anyOf = [{ required: ["organisationIssuer"] }, { required: ["planTargetsMet"] }];
    const pkg = await minimalWith("planning", (schema) => ({ ...schema, anyOf }));
    expect(splitPlan(pkg, buildSubmissionSchema(pkg, "final"))).toBeUndefined();
    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { planning: {} } };
    for (const mode of ["draft", "final"] as const) {
      expect(createSubmissionValidator(pkg, { incremental: true }).validate(submission, mode)).toEqual(createSubmissionValidator(pkg).validate(submission, mode));
    }
  });

  for (const form of FORMS) {
    it(`${form}: finds what the whole schema finds, in the same order, in data changed anyhow`, () => {
      const pkg = packages.get(form) as FormPackage;
      const whole = createSubmissionValidator(pkg);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const submission = edits.reduce(applyEdit, samples.get(form) as Json);
          // A new validator each time: nothing remembered.
          const pieces = createSubmissionValidator(pkg, { incremental: true });
          for (const mode of ["draft", "final"] as const) expect(pieces.validate(submission, mode)).toEqual(whole.validate(submission, mode));
        }),
        { numRuns: 60 },
      );
    });

    it(`${form}: remembering rows and parts, finds after each change what a fresh validation finds`, () => {
      const pkg = packages.get(form) as FormPackage;
      const whole = createSubmissionValidator(pkg);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const remembering = createSubmissionValidator(pkg, { incremental: true });
          let submission = samples.get(form) as Json;
          expect(remembering.validate(submission, "draft")).toEqual(whole.validate(submission, "draft"));
          for (const change of edits) {
            submission = applyEdit(submission, change);
            for (const mode of ["draft", "final"] as const) expect(remembering.validate(submission, mode)).toEqual(whole.validate(submission, mode));
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it("gives a row's findings the row's new position after rows move", () => {
    const pkg = packages.get("2020-handbook") as FormPackage;
    const remembering = createSubmissionValidator(pkg, { incremental: true });
    const sample = samples.get("2020-handbook") as { data: { table2: { enterprises: Record<string, unknown>[] } } };
    const rows = sample.data.table2.enterprises;
    const bad = { ...rows[0], sales2020: "many" };
    const before = updateAt(sample, ["data", "table2", "enterprises"], () => [bad, ...rows.slice(1)]);
    expect(remembering.validate(before, "draft").map((f) => f.pointer)).toEqual(["/data/table2/enterprises/0/sales2020"]);
    // The same row object, now second: remembered, and reported where it is.
    const after = updateAt(sample, ["data", "table2", "enterprises"], () => [rows[1], bad, ...rows.slice(2)]);
    const found = remembering.validate(after, "draft");
    expect(found.map((f) => f.pointer)).toEqual(["/data/table2/enterprises/1/sales2020"]);
    expect(found).toEqual(createSubmissionValidator(pkg).validate(after, "draft"));
  });
});
