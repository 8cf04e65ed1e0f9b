/** A small form package built in memory, so the Excel tests do not depend on the real forms. */
import type { DataSchema, FormPackage, LayoutFile, LoadedPart, PartRef, RulesFile, SummarySheetDef } from "@cluster-form/schema";

const META = "https://cluster-form.dev/schema/v1/";

/** Schemas are written as plain JSON, as in a form folder (the `unit` keyword is not in JSONSchema7). */
function part(ref: Omit<PartRef, "layout" | "editableBy">, schema: Record<string, unknown>, blocks: LayoutFile["blocks"], rules?: Omit<RulesFile, "$schema" | "part">): LoadedPart {
  return {
    ref: { ...ref, layout: `parts/${ref.id}.layout.json`, editableBy: ["applicant"] },
    schema: schema as DataSchema,
    layout: { $schema: `${META}layout.json`, part: ref.id, blocks },
    ...(rules ? { rules: { $schema: `${META}rules.json`, part: ref.id, ...rules } } : {}),
  };
}

const amount = (title: string, unit = "万元"): Record<string, unknown> => ({ type: "number", title, unit });

const yearRow = (title: string, unit: string): Record<string, unknown> => ({
  type: "object",
  title,
  properties: {
    y2019: { type: "number", title: "2019年", unit },
    y2020: { type: "number", title: "2020年", unit },
    share: { type: "number", title: "占区域工业比重", unit: "%" },
    note: { type: "string", title: "备注", maxLength: 200 },
  },
});

const signoff: Record<string, unknown> = {
  type: "object",
  title: "统计部门意见",
  properties: {
    opinion: { type: "string", title: "意见", maxLength: 500 },
    signer: { type: "string", title: "签字", maxLength: 50 },
    date: { type: "string", format: "date", maxLength: 10, title: "日期" },
  },
};

export const summarySheet: SummarySheetDef = {
  $schema: `${META}summary-sheet.json`,
  title: "2020年度省重点成长型产业集群数据汇总表",
  note: "此表由市（州）经信局汇总。",
  sortBy: ["city", "name"],
  columns: [
    { id: "city", label: "市州", type: "string", value: { var: "cover.city" } },
    { id: "name", label: "产业集群名称", type: "string", value: { var: "cover.name" } },
    { id: "sales", label: "销售收入", unit: "万元", type: "number", value: { var: "table1.indicators.sales.y2020" }, total: true },
    { id: "enterprises", label: "骨干企业数", unit: "家", type: "number", value: { count: [{ var: "table2.enterprises" }] }, total: true },
    { id: "selfTotal", label: "自评总分", type: "number", value: { var: "$result.total.self.value" }, total: true },
    { id: "vetoed", label: "一票否决", type: "boolean", value: { var: "$result.veto.vetoed" } },
  ],
};

export const parts: LoadedPart[] = [
  part(
    { id: "cover", title: "封面" },
    {
      type: "object",
      properties: {
        name: { type: "string", title: "产业集群名称", maxLength: 100 },
        city: { type: "string", title: "市州", maxLength: 20 },
        kind: { title: "产业集群类型", oneOf: [{ const: "county", title: "县域" }, { const: "other", title: "其他地区" }] },
        contact: {
          type: "object",
          title: "联系人",
          properties: { person: { type: "string", title: "姓名", maxLength: 20 }, phone: { type: "string", title: "电话", maxLength: 20 } },
        },
      },
      required: ["name", "city"],
    },
    [
      { widget: "text", style: "heading", text: "产业集群考核工作手册" },
      { widget: "fields", fields: [{ field: "/name" }, { field: "/city" }, { field: "/kind" }, { field: "/contact" }] },
    ],
  ),
  part(
    { id: "report", title: "一、重点成长型产业集群发展报告（3000字以内）" },
    { type: "object", properties: { basics: { type: "string", title: "产业集群发展的基本情况及主要特点", maxLength: 3000 } } },
    [{ widget: "narrative", field: "/basics" }],
  ),
  part(
    { id: "table1", title: "表1：重点成长型产业集群规模以上企业业绩数据报表" },
    {
      type: "object",
      properties: {
        indicators: {
          type: "object",
          properties: { enterprises: yearRow("企业总户数", "家"), sales: yearRow("销售收入", "万元") },
        },
        statsOpinion: signoff,
      },
    },
    [
      {
        widget: "grid",
        id: "indicators",
        corner: "类别项目",
        rows: [{ field: "/indicators/enterprises" }, { field: "/indicators/sales" }],
        columns: [{ key: "y2019" }, { key: "y2020" }, { key: "growth", label: "增长率（%）", computed: "table1.{row}Growth" }, { key: "share" }, { key: "note" }],
      },
      { widget: "signoff", field: "/statsOpinion" },
    ],
    { computed: [{ id: "table1.salesGrowth", label: "销售收入增长", unit: "%", logic: { growth: [{ var: "table1.indicators.sales.y2019" }, { var: "table1.indicators.sales.y2020" }] } }] },
  ),
  part(
    { id: "table2", title: "表2 重点成长型产业集群骨干企业业绩数据（分户）报表" },
    {
      type: "object",
      properties: {
        enterprises: {
          type: "array",
          maxItems: 20,
          items: {
            type: "object",
            required: ["name"],
            properties: {
              name: { type: "string", title: "企业名称", maxLength: 100 },
              sales: amount("销售收入"),
              tax: amount("税收"),
              employees: { type: "integer", title: "从业人数", unit: "人" },
              listed: { type: "boolean", title: "是否上市", oneOf: [{ const: true, title: "是" }, { const: false, title: "否" }] },
              founded: { type: "string", format: "date", maxLength: 10, title: "成立日期" },
              products: { type: "array", title: "主要产品", items: { type: "string", maxLength: 50 }, maxItems: 10 },
            },
          },
        },
      },
    },
    [
      {
        widget: "repeat",
        field: "/enterprises",
        numbered: true,
        columns: [{ key: "name" }, { key: "sales" }, { key: "tax" }, { key: "employees" }, { key: "listed" }, { key: "founded" }, { key: "products" }],
      },
    ],
  ),
  part(
    { id: "table3", title: "表3： 工作机构及规划制定实施情况（20分）", points: 10 },
    { type: "object", properties: { summary: { type: "string", title: "简述产业集群工作组织机构及其工作开展情况", maxLength: 1000 } } },
    [{ widget: "narrative", field: "/summary" }, { widget: "criteria" }],
    {
      criteria: [
        { id: "t3.organisation", label: "集群工作组织机构", points: 5, text: "由地方政府发文成立，得5分", method: "first", branches: [{ judgement: { min: 0, max: 5 }, text: "酌情" }] },
        { id: "t3.plan", label: "产业集群发展规划编制", group: "规划", points: 5, text: "由地方政府发文，得5分", method: "first", branches: [{ judgement: { min: 0, max: 5 }, text: "酌情" }] },
      ],
    },
  ),
];

export const fixtureForm: FormPackage = {
  manifest: {
    $schema: `${META}manifest.json`,
    id: "fixture-form",
    version: "1.0.0",
    year: 2020,
    title: "测试表",
    locale: "zh-CN",
    totalPoints: 10,
    roles: [
      { id: "applicant", label: "考核对象" },
      { id: "expert", label: "专家" },
    ],
    scoreColumns: [
      { id: "self", label: "自评", editableBy: ["applicant"] },
      { id: "expert", label: "专家", editableBy: ["expert"] },
    ],
    parts: parts.map((p) => p.ref),
    summarySheet: "summary-sheet.json",
  },
  parts,
  summarySheet,
  origin: "memory",
  sources: new Map(),
};

export const fixtureSubmission = {
  form: { id: "fixture-form", version: "1.0.0" },
  data: {
    cover: { name: "武汉光谷光电子信息产业集群", city: "武汉市", kind: "county", contact: { person: "张三", phone: "02787654321" } },
    report: { basics: "集群发展基本情况。\n第二段，含“引号”与,逗号。" },
    table1: {
      indicators: {
        enterprises: { y2019: 120, y2020: 131, share: 12.5, note: "" },
        sales: { y2019: 1500000, y2020: 1725000.5, share: 30 },
      },
      statsOpinion: { opinion: "同意", signer: "李四", date: "2021-03-15" },
    },
    table2: {
      enterprises: [
        { name: "甲公司", sales: 52000, tax: 3100.25, employees: 1200, listed: true, founded: "1998-06-01", products: ["光纤", "光缆"] },
        { name: "乙公司", sales: 41000, employees: 800, listed: false },
      ],
    },
    table3: { summary: "成立了领导小组。" },
    extraPart: { kept: true },
  },
  scores: { "t3.organisation": { self: 5, expert: 4 }, "t3.plan": { self: 3 } },
  note: "unknown top-level keys are kept",
};
