/**
 * Validating in pieces (src/submission/split.ts, compose.ts): the same findings as the whole
 * schema, in the same order, on any data; and, remembering rows and parts, after any sequence of
 * changes made by replacing the objects along the changed path.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSubmissionSchema, compileSubmissionValidators, createSubmissionValidator, formatPointer, loadFormFiles } from "../src/index.js";
import type { FormPackage } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { PIECE_KEYWORD } from "../src/submission/piece-keyword.js";
import { splitPlan, splitSchemas } from "../src/submission/split.js";
import { applyEdit, edit, updateAt, type Json } from "../../../test/support/submission-edits.js";
import { fixture, FORMS, repo } from "./helpers.js";


const packages = new Map<string, FormPackage>();
const samples = new Map<string, Record<string, unknown>>();
beforeAll(async () => {
  for (const form of FORMS) {
    packages.set(form, await loadFormFolder(repo(`forms/${form}`)));
    samples.set(form, JSON.parse(readFileSync(repo(`examples/data/${form}.sample.json`), "utf8")) as Record<string, unknown>);
  }
});

/** The minimal fixture form with one part schema changed by `change`. */
async function minimalWith(part: string, change: (schema: Record<string, unknown>) => Record<string, unknown>): Promise<FormPackage> {
  const base = await loadFormFolder(fixture("minimal-form"));
  const files = Object.fromEntries([...base.sources].map(([path, source]) => [path, source.text]));
  const file = `parts/${part}.schema.json`;
  return loadFormFiles({ files: { ...files, [file]: JSON.stringify(change(JSON.parse(files[file] as string) as Record<string, unknown>)) } });
}

describe("a submission schema in pieces", () => {
  it("cuts the forms into the envelope, the parts and the tables' rows, with the piece keyword naming each where it was", () => {
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
    const enterprises = points.findIndex((p) => p.at === "/properties/data/properties/table2/properties/enterprises/items");
    expect((schemas[table2] as { properties: { enterprises: { items: unknown } } }).properties.enterprises.items).toEqual({ [PIECE_KEYWORD]: enterprises });
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

  it("is not cut where a form uses the piece keyword itself, which then routes nothing", async () => {
    const pkg = await minimalWith("planning", (schema) => ({ ...schema, [PIECE_KEYWORD]: 0 }));
    expect(splitPlan(pkg, buildSubmissionSchema(pkg, "final"))).toBeUndefined();
    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { planning: { planTargetsMet: 1 } } };
    for (const incremental of [false, true]) {
      const found = createSubmissionValidator(pkg, { incremental }).validate(submission, "draft");
      expect(found.map((f) => `${f.code} ${f.pointer}`)).toEqual(["data-type /data/planning/planTargetsMet"]);
    }
  });

  it("composes a draft that leaves out the parts' required errors instead of routing them up, and derives the same draft", () => {
    const pkg = packages.get("2020-handbook") as FormPackage;
    const { split } = compileSubmissionValidators(pkg);
    if (!split?.compose || !split.deriveDraft) throw new Error("the 2020 handbook is validated in pieces");
    const sample = samples.get("2020-handbook") as { data: { table2: { enterprises: Record<string, unknown>[] } } };
    const submission = structuredClone(sample);
    const [first, second] = submission.data.table2.enterprises;
    delete first?.name;
    delete second?.tax2020;
    if (second) second["sales2020"] = -1;
    const final = split.compose(split.plan, split.functions, false);
    const draft = split.compose(split.plan, split.functions, false, true);
    const errorsOf = (validate: typeof final): { keyword: string; instancePath: string; schemaPath: string }[] => {
      validate(submission);
      return (validate.errors ?? []) as { keyword: string; instancePath: string; schemaPath: string }[];
    };
    expect(errorsOf(final).filter((e) => e.keyword === "required").map((e) => e.instancePath)).toEqual(["/data/table2/enterprises/0", "/data/table2/enterprises/1"]);
    expect(errorsOf(draft).filter((e) => e.keyword === "required")).toEqual([]);
    expect(errorsOf(draft).map((e) => `${e.keyword} ${e.instancePath}`)).toEqual(["minimum /data/table2/enterprises/1/sales2020"]);
    expect(errorsOf(split.deriveDraft(draft))).toEqual(errorsOf(split.deriveDraft(final)));
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
