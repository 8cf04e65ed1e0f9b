/** Submission validation: Chinese messages with the field's label, draft and final modes, untrusted input. */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDefinition, createSubmissionValidator, FormDefinitionError, loadFormFiles, validateSubmission } from "../src/index.js";
import type { DataFinding, FormPackage } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

let pkg: FormPackage;
beforeAll(async () => {
  pkg = await loadFormFolder(fixture("minimal-form"));
});

const form = { id: "example-cluster-review", version: "1.0.0" };

const complete = () => ({
  form,
  data: {
    cover: {
      clusterName: "某市汽车零部件产业集群",
      contact: { person: "张三", phone: "027-8888 6666", email: "zhang@example.cn" },
      report: "集群发展情况。",
      indicators: { sales: { y2019: 100, y2020: 120 } },
      enterprises: [{ name: "甲公司", sales: 50 }],
      signoff: { signer: "李四", date: "2020-06-30", sealed: true },
    },
    planning: { organisationIssuer: "government", planTargetsMet: true },
  },
  scores: { "t1.plan": { self: 4, expert: null } },
});

const byPointer = (findings: DataFinding[]): Record<string, DataFinding> =>
  Object.fromEntries(findings.map((f) => [f.pointer, f]));

describe("validateSubmission", () => {
  it("accepts a complete submission", () => {
    expect(validateSubmission(pkg, complete(), { mode: "final" })).toEqual([]);
  });

  it("names each wrong field by its label and pointer, in Chinese and English", () => {
    const submission = complete();
    submission.data.cover.contact.phone = "call me";
    submission.data.cover.contact.email = "not an email";
    submission.data.cover.indicators.sales.y2019 = -5;
    submission.data.cover.signoff.date = "2020-13-45";
    (submission.data.cover as Record<string, unknown>)["clusterName"] = 42;
    const found = byPointer(validateSubmission(pkg, submission, { mode: "final" }));
    expect(Object.keys(found).sort()).toEqual([
      "/data/cover/clusterName",
      "/data/cover/contact/email",
      "/data/cover/contact/phone",
      "/data/cover/indicators/sales/y2019",
      "/data/cover/signoff/date",
    ]);
    expect(found["/data/cover/clusterName"]).toMatchObject({
      code: "data-type",
      severity: "error",
      part: "cover",
      label: "集群名称",
      message: { zh: "集群名称：应填写文字", en: "集群名称: must be text" },
    });
    // Limits and formats are said in words, not in JSON Schema's terms.
    expect(found["/data/cover/contact/email"]?.message).toEqual({ zh: "电子邮箱：应为电子邮箱地址", en: "电子邮箱: must be an email address" });
    expect(found["/data/cover/indicators/sales/y2019"]?.message).toEqual({ zh: "2019年：不能小于 0", en: "2019年: must be at least 0" });
    expect(found["/data/cover/signoff/date"]).toMatchObject({ label: "日期", message: { zh: "日期：应为日期（年-月-日）", en: "日期: must be a date (YYYY-MM-DD)" } });
    // A pattern is not shown: people are told the format is wrong, and what the field's description says is wanted.
    expect(found["/data/cover/contact/phone"]).toMatchObject({
      code: "data-pattern",
      message: { zh: "联系电话：格式不正确（7–20 位数字，可含 +、- 和空格）", en: "联系电话: not in the expected format (7–20 位数字，可含 +、- 和空格)" },
    });
  });

  it("lists a choice's labels when the value is none of them", () => {
    const submission = complete();
    submission.data.planning.organisationIssuer = "mayor";
    expect(validateSubmission(pkg, submission, { mode: "final" })).toEqual([
      {
        code: "data-oneOf",
        severity: "error",
        pointer: "/data/planning/organisationIssuer",
        label: "机构设立文件印发单位",
        part: "planning",
        message: {
          zh: "机构设立文件印发单位：应为以下之一：地方政府 / 经信部门 / 无",
          en: "机构设立文件印发单位: must be one of 地方政府 / 经信部门 / 无",
        },
      },
    ]);
  });

  it("requires filled fields only in final mode", () => {
    const submission = { form, data: { cover: { contact: {}, signoff: { sealed: false } }, planning: {} } };
    expect(validateSubmission(pkg, submission, { mode: "draft" })).toEqual([]);
    const final = validateSubmission(pkg, submission, { mode: "final" });
    expect(final.map((f) => f.pointer).sort()).toEqual([
      "/data/cover/clusterName",
      "/data/cover/contact/person",
      "/data/cover/contact/phone",
      "/data/cover/report",
      "/data/cover/signoff/date",
      "/data/cover/signoff/signer",
      "/data/planning/organisationIssuer",
      "/data/planning/planTargetsMet",
    ]);
    expect(byPointer(final)["/data/cover/signoff/signer"]).toMatchObject({
      code: "data-required",
      label: "签字人",
      message: { zh: "签字人为必填项", en: "签字人 is required" },
    });
  });

  it("bounds text by characters, so that each Chinese character counts one", () => {
    const submission = complete();
    submission.data.cover.report = "字".repeat(3000);
    expect(validateSubmission(pkg, submission, { mode: "final" })).toEqual([]);
    submission.data.cover.report = "字".repeat(3001);
    expect(validateSubmission(pkg, submission, { mode: "final" })).toMatchObject([
      { pointer: "/data/cover/report", label: "发展报告", message: { zh: "发展报告：最多 3000 个字", en: "发展报告: must be at most 3000 characters long" } },
    ]);
  });

  it("keeps unknown keys and never changes the input", () => {
    const submission = { ...complete(), comment: "kept", data: { ...complete().data, extraPart: { a: 1 } } };
    (submission.data.cover as Record<string, unknown>)["note"] = "kept too";
    const before = JSON.stringify(submission);
    expect(validateSubmission(pkg, submission, { mode: "final" })).toEqual([]);
    expect(JSON.stringify(submission)).toBe(before);
  });

  it("checks scores: one number or null per criterion and score column, within the points", () => {
    const submission = { ...complete(), scores: { "t1.plan": { self: 6, expert: "3" }, "t1.organisation": { self: -1 } } };
    const found = byPointer(validateSubmission(pkg, submission, { mode: "final" }));
    expect(found["/scores/t1.plan/self"]).toMatchObject({
      code: "data-maximum",
      criterion: "t1.plan",
      label: "规划实施（5分）（自评）",
      message: { zh: "规划实施（5分）（自评）：不能大于 5" },
    });
    expect(found["/scores/t1.plan/expert"]?.code).toBe("data-type");
    expect(found["/scores/t1.organisation/self"]?.message.zh).toBe("工作机构（5分）（自评）：不能小于 0");
  });

  it("reports the envelope: form id, version, shape", () => {
    expect(validateSubmission(pkg, { ...complete(), form: { id: "other-form", version: "1.0.0" } }, { mode: "draft" })).toMatchObject([
      { code: "submission-wrong-form", pointer: "/form/id", severity: "error" },
    ]);
    expect(validateSubmission(pkg, { ...complete(), form: { ...form, version: "0.9.0" } }, { mode: "draft" })).toMatchObject([
      { code: "submission-version-mismatch", pointer: "/form/version", severity: "warning" },
    ]);
    expect(validateSubmission(pkg, { data: {} }, { mode: "draft" })).toMatchObject([{ code: "data-required", pointer: "/form" }]);
    for (const junk of [null, 3, "text", [], true]) {
      expect(validateSubmission(pkg, junk, { mode: "draft" })).toMatchObject([{ code: "submission-not-object", pointer: "" }]);
    }
  });

  it("refuses oversized and overly deep input before validating it", () => {
    const validator = createSubmissionValidator(pkg, { limits: { maxBytes: 10_000 } });
    const big = complete();
    big.data.cover.enterprises = Array.from({ length: 5000 }, (_, i) => ({ name: `企业${i}`, sales: i }));
    expect(validator.validate(big, "draft")).toMatchObject([{ code: "submission-too-large", pointer: "" }]);
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let i = 0; i < 200; i++) deep = (deep["x"] = {}) as Record<string, unknown>;
    expect(validator.validate({ form, data: top }, "draft")).toMatchObject([{ code: "submission-too-deep" }]);
  });

  it("says in words what a field of the wrong type wants, not JSON Schema's type name", () => {
    const submission = complete();
    submission.data.cover.enterprises = [{ name: "甲公司", sales: "很多" as unknown as number }];
    const finding = byPointer(validateSubmission(pkg, submission, { mode: "draft" }))["/data/cover/enterprises/0/sales"];
    expect(finding?.code).toBe("data-type");
    expect(finding?.message.zh).toMatch(/：应填写数字$/);
    expect(finding?.message.en).toMatch(/: must be a number$/);
    expect(finding?.message.zh).not.toContain("number");
  });

  it("measures size in UTF-8 bytes: ASCII text one byte a character, Chinese three", () => {
    const sized = (maxBytes: number, text: string) =>
      createSubmissionValidator(pkg, { limits: { maxBytes } }).validate({ form, data: { cover: { notes: text } } }, "draft").map((f) => f.code);
    const size = (text: string) => Buffer.byteLength(JSON.stringify({ form, data: { cover: { notes: text } } }), "utf8");
    const ascii = "a".repeat(3000);
    const chinese = "集".repeat(1000);
    // Within 10% of the exact size either way: counted at three bytes a character, ASCII would be refused.
    expect(sized(Math.ceil(size(ascii) * 1.1), ascii)).not.toContain("submission-too-large");
    expect(sized(Math.floor(size(ascii) * 0.9), ascii)).toContain("submission-too-large");
    expect(sized(Math.ceil(size(chinese) * 1.1), chinese)).not.toContain("submission-too-large");
    expect(sized(Math.floor(size(chinese) * 0.9), chinese)).toContain("submission-too-large");
  });

  it("does not read inherited properties", () => {
    const inherited = Object.create({ form }) as Record<string, unknown>;
    inherited["data"] = {};
    expect(validateSubmission(pkg, inherited, { mode: "draft" })).toMatchObject([{ code: "data-required", pointer: "/form" }]);
  });

  it("refuses a list longer than its maxItems with one finding, before looking at any row", () => {
    const submission = complete();
    submission.data.cover.enterprises = Array.from({ length: 25 }, () => ({ name: "", sales: -1 }));
    const findings = validateSubmission(pkg, submission, { mode: "final" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "submission-too-many-rows", pointer: "/data/cover/enterprises", part: "cover" });
    expect(findings[0]?.message).toMatchObject({ zh: expect.stringMatching(/有 25 行，最多 20 行$/), en: expect.stringMatching(/has 25 rows; at most 20$/) });
  });

  it("refuses a list grown past its maxItems in an incremental validator, which walked the same rows before", () => {
    const validator = createSubmissionValidator(pkg, { incremental: true });
    const submission = complete();
    const rows = Array.from({ length: 20 }, () => ({ name: "乙公司", sales: 1 }));
    const within = { ...submission, data: { ...submission.data, cover: { ...submission.data.cover, enterprises: rows } } };
    expect(validator.validate(within, "final").map((f) => f.code)).not.toContain("submission-too-many-rows");
    // The same row objects, one more of them, in a new list: the list is looked at again.
    const over = { ...within, data: { ...within.data, cover: { ...within.data.cover, enterprises: [...rows, rows[0]] } } };
    expect(validator.validate(over, "final")).toMatchObject([{ code: "submission-too-many-rows", pointer: "/data/cover/enterprises" }]);
    expect(validator.validate(within, "final").map((f) => f.code)).not.toContain("submission-too-many-rows");
    expect(validator.validate(over, "final")).toEqual(validateSubmission(pkg, over, { mode: "final" }));
  });
});

describe("a text in the wrong format", () => {
  it("is described by the field's description, or its placeholder as an example, never by the pattern", async () => {
    const application = await loadFormFolder(new URL("../../../forms/2021-application/", import.meta.url).pathname);
    const sample = JSON.parse(readFileSync(new URL("../../../examples/data/2021-application.sample.json", import.meta.url), "utf8")) as {
      data: { guidance: { postcode: string } };
    };
    sample.data.guidance.postcode = "4330";
    const postcode = validateSubmission(application, sample, { mode: "draft" }).find((f) => f.pointer === "/data/guidance/postcode");
    expect(postcode).toMatchObject({ code: "data-pattern", message: { zh: "邮编：格式不正确（六位数字邮政编码，例如 430000）", en: "邮编: not in the expected format (六位数字邮政编码, e.g. 430000)" } });
  });
});

describe("keywords beyond types and bounds", () => {
  it("say in words, in both languages, what the value must be", async () => {
    const files = Object.fromEntries([...pkg.sources].map(([path, source]) => [path, source.text]));
    const schema = JSON.parse(files["parts/planning.schema.json"] as string) as { properties: Record<string, unknown> };
    Object.assign(schema.properties, {
      level: { title: "级别", const: "省级" },
      kind: { title: "类别", enum: ["甲", "乙", 3] },
      staff: { title: "人数", type: "number", multipleOf: 5 },
      towns: { title: "乡镇", type: "array", maxItems: 5, uniqueItems: true, items: { type: "string", maxLength: 10 } },
      contact: {
        title: "联系人",
        type: "object",
        minProperties: 2,
        properties: { phone: { title: "电话", type: "string", maxLength: 20 }, name: { title: "姓名", type: "string", maxLength: 20 } },
        dependentRequired: { phone: ["name"] },
      },
      closed: { title: "已关闭", not: { const: true } },
      nothing: false,
    });
    const keywords = await loadFormFiles({ files: { ...files, "parts/planning.schema.json": JSON.stringify(schema) } });
    const planning = { level: "市级", kind: "丙", staff: 12, towns: ["甲镇", "乙镇", "甲镇"], contact: { phone: "1" }, closed: true, nothing: 1 };
    const found = byPointer(validateSubmission(keywords, { form, data: { planning } }, { mode: "draft" }));
    const messages = (pointer: string) => found[pointer]?.message;
    expect(messages("/data/planning/level")).toEqual({ zh: '级别：应为 "省级"', en: '级别: must be "省级"' });
    expect(messages("/data/planning/kind")).toEqual({ zh: '类别：应为以下之一："甲" / "乙" / 3', en: '类别: must be one of "甲" / "乙" / 3' });
    expect(messages("/data/planning/staff")).toEqual({ zh: "人数：应为 5 的倍数", en: "人数: must be a multiple of 5" });
    expect(messages("/data/planning/towns")).toEqual({ zh: "乡镇：第 1 项与第 3 项重复", en: "乡镇: entries 1 and 3 are the same" });
    expect(validateSubmission(keywords, { form, data: { planning } }, { mode: "draft" }).filter((f) => f.pointer === "/data/planning/contact").map((f) => f.message)).toEqual([
      { zh: "联系人：至少填写 2 项", en: "联系人: must have at least 2 entries" },
      { zh: "联系人：填写了“电话”时，也应填写“姓名”", en: "联系人: 姓名 is needed when 电话 is filled in" },
    ]);
    expect(messages("/data/planning/closed")).toEqual({ zh: "已关闭：不符合填写要求", en: '已关闭: must NOT be valid' });
    expect(messages("/data/planning/nothing")).toEqual({ zh: "/data/planning/nothing：此处不应填写", en: "/data/planning/nothing: may not be filled in here" });
  });
});

describe("findings in repeating rows", () => {
  it("name the table and row number before the field's label", () => {
    const submission = complete();
    submission.data.cover.enterprises = [{ name: "甲公司", sales: 1 }, { name: "乙公司", sales: -3 }];
    expect(validateSubmission(pkg, submission, { mode: "final" })).toEqual([
      {
        code: "data-minimum",
        severity: "error",
        pointer: "/data/cover/enterprises/1/sales",
        label: "销售收入",
        part: "cover",
        message: { zh: "重点企业第 2 行 销售收入：不能小于 0", en: "重点企业 row 2 销售收入: must be at least 0" },
      },
    ]);
  });
});

describe("a form whose schemas do not compile", () => {
  const brokenFiles = (): Record<string, string> => {
    const files = Object.fromEntries([...pkg.sources].map(([path, source]) => [path, source.text]));
    return { ...files, "parts/planning.schema.json": files["parts/planning.schema.json"]?.replace('"type": "boolean"', '"type": "yes-or-no"') ?? "" };
  };

  it("loaded with { check: checkDefinition }, is refused at load with its definition findings", async () => {
    const error = await loadFormFiles({ files: brokenFiles() }, { check: checkDefinition }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect((error as FormDefinitionError).findings).toMatchObject([
      { code: "meta-value", location: { file: "parts/planning.schema.json", line: 14, column: 25, pointer: "/properties/planTargetsMet/type" } },
    ]);
  });

  it("loaded unchecked, fails validation with the compiler's message, whoever imported the Node entry point", async () => {
    const unchecked = await loadFormFiles({ files: brokenFiles() });
    let thrown: unknown;
    try {
      createSubmissionValidator(unchecked).validate({ form, data: {} }, "draft");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FormDefinitionError);
    expect((thrown as FormDefinitionError).findings).toMatchObject([{ code: "schema-uncompilable", location: { file: "form.json", pointer: "" } }]);
  });
});

describe("draft mode", () => {
  it("keeps `required` where it is a condition (inside if / not), and drops it where it demands a value", async () => {
    const files = Object.fromEntries([...pkg.sources].map(([path, source]) => [path, source.text]));
    const schema = JSON.parse(files["parts/planning.schema.json"] as string) as Record<string, unknown>;
    schema["if"] = { required: ["planTargetsMet"], properties: { planTargetsMet: { const: false } } };
    schema["then"] = { required: ["organisationIssuer"], properties: { organisationIssuer: { const: "none" } } };
    const conditional = await loadFormFiles({ files: { ...files, "parts/planning.schema.json": JSON.stringify(schema) } });
    const validator = createSubmissionValidator(conditional);
    const submit = (planning: Record<string, unknown>) => validator.validate({ form, data: { planning } }, "draft");
    expect(submit({})).toEqual([]);
    // Were `required` dropped from `if`, the condition would hold vacuously and `then` would fail here.
    expect(submit({ organisationIssuer: "government" })).toEqual([]);
    expect(submit({ planTargetsMet: true, organisationIssuer: "government" })).toEqual([]);
    expect(submit({ planTargetsMet: false, organisationIssuer: "government" }).map((f) => `${f.code} ${f.pointer}`)).toEqual([
      "data-const /data/planning/organisationIssuer",
    ]);
  });
});
