/** `cluster-form diff` 的中文说明。 */
import type { DiffCatalog } from "./diff.catalog.js";
import type { RuleOwner } from "../diff/types.js";

const show = (value: unknown): string =>
  value === null || value === undefined ? "无" : typeof value === "string" ? `“${value}”` : JSON.stringify(value);
const pts = (value: number | null): string => (value === null ? "不计分" : `${value} 分`);
const owners: Record<RuleOwner["kind"], string> = {
  computed: "计算值",
  applicability: "适用条件",
  check: "校验",
  criterion: "评分指标",
  veto: "一票否决项",
};
/** An owner by its label; by its id only when it has none. */
const owner = (o: RuleOwner): string => (o.label ? `${owners[o.kind]}“${o.label}”` : `${owners[o.kind]} ${o.id}`);
const range = (value: unknown): string => {
  if (typeof value === "object" && value !== null && "min" in value && "max" in value) return `酌情 ${String(value.min)}–${String(value.max)} 分`;
  return typeof value === "number" ? `${value} 分` : show(value);
};
const types: Record<string, string> = { string: "文字", number: "数字", integer: "整数", boolean: "是/否", array: "列表", object: "分组", choice: "选项" };
const typeName = (t: string): string => types[t] ?? t;

const textChange = (what: string, from: string | null, to: string | null): string =>
  from === null ? `新增${what}：“${to ?? ""}”` : to === null ? `删除${what}：“${from}”` : `${what}由“${from}”改为“${to}”。`;
const summaryPlace = (pointer: string): string => (pointer === "/title" ? "标题" : pointer === "/note" ? "备注" : "栏目名称");

export const diffZh: DiffCatalog = {
  header: (from, to) => `${from.id} ${from.version}（${from.year} 年）→ ${to.id} ${to.version}（${to.year} 年）`,
  none: "两个版本没有差别。",
  formSection: "【整张表】",
  partSection: (title, id) => `【${title || id}】`,
  count: (n) => `共 ${n} 处变化。`,
  changes: {
    "form.identity": (c) => `表单${{ id: "编号", version: "版本", year: "年度", title: "标题" }[c.key]}由 ${show(c.from)} 改为 ${show(c.to)}。`,
    "form.totalPoints": (c) => `总分由 ${pts(c.from)}改为 ${pts(c.to)}。`,
    "part.added": (c) => `新增部分“${c.title}”，${pts(c.points)}。`,
    "part.removed": (c) => `删除部分“${c.title}”（${pts(c.points)}）。`,
    "part.title": (c) => `标题由“${c.from}”改为“${c.to}”。`,
    "part.points": (c) => `该部分分值由 ${pts(c.from)}改为 ${pts(c.to)}。`,
    "criterion.added": (c) =>
      [`新增评分指标“${c.label}”，${pts(c.points)}。`, ...(c.text ? [`      评分细则：${c.text}`] : []), ...c.branches.map((b, i) => `      第 ${i + 1} 档：${b.text}（${b.condition ? `条件：“${b.condition.subject}” ${b.condition.op} ${show(b.condition.value)}；` : ""}${range(b.points)}）`)].join("\n"),
    "criterion.removed": (c) => `删除评分指标“${c.label}”（${pts(c.points)}）。`,
    "criterion.points": (c) => `评分指标“${c.label}”分值由 ${pts(c.from)}改为 ${pts(c.to)}。`,
    "criterion.label": (c) => `评分指标“${c.from}”更名为“${c.to}”。`,
    "criterion.text": (c) => `评分指标“${c.label}”的评分细则有改动：\n      原：${c.from}\n      新：${c.to}`,
    "criterion.method": (c) => `评分指标“${c.label}”的计分方式由 ${c.from} 改为 ${c.to}。`,
    "branch.added": (c) => `评分指标“${c.label}”新增第 ${c.branch} 档：${c.text}`,
    "branch.removed": (c) => `评分指标“${c.label}”删除第 ${c.branch} 档：${c.text}`,
    "branch.points": (c) => `评分指标“${c.label}”第 ${c.branch} 档（${c.text}）由 ${range(c.from)}改为 ${range(c.to)}。`,
    "branch.text": (c) => `评分指标“${c.label}”第 ${c.branch} 档的文字由“${c.from}”改为“${c.to}”。`,
    "rule.constant": (c) =>
      `${owner(c.owner)}中${c.subject ? `与“${c.subject}”比较的` : "规则里的"}数值${c.op ? `（${c.op}）` : ""}由 ${show(c.from)} 改为 ${show(c.to)}。`,
    "rule.perItem": (c) => `${owner(c.owner)}中${c.subject ? `每个“${c.subject}”` : "每项"}的得分由 ${show(c.from)} 分改为 ${show(c.to)} 分。`,
    "rule.cap": (c) => `${owner(c.owner)}的最高得分由 ${show(c.from)} 分改为 ${show(c.to)} 分。`,
    "rule.input": (c) => `${owner(c.owner)}改为读取“${c.toLabel}”，原为“${c.fromLabel}”。`,
    "rule.changed": (c) => `${owner(c.owner)}的规则有改动：${show(c.from)} → ${show(c.to)}。`,
    "rule.added": (c) => `新增${owner(c.owner)}。`,
    "rule.removed": (c) => `删除${owner(c.owner)}。`,
    "list.added": (c) => `新增列表“${c.label}”，各栏：${c.columns.join("、")}。`,
    "list.removed": (c) => `删除列表“${c.label}”，原有各栏：${c.columns.join("、")}。`,
    "field.added": (c) => (c.list ? `列表“${c.list}”新增一栏“${c.label}”。` : `新增填报项“${c.label}”。`),
    "field.removed": (c) => (c.list ? `列表“${c.list}”删除一栏“${c.label}”。` : `删除填报项“${c.label}”。`),
    "field.label": (c) => `填报项“${c.from}”更名为“${c.to}”。`,
    "field.unit": (c) => `“${c.label}”的单位由 ${c.from ?? "无"} 改为 ${c.to ?? "无"}。`,
    "field.type": (c) => `“${c.label}”的填写类型由${typeName(c.from)}改为${typeName(c.to)}。`,
    "field.choices": (c) =>
      `“${c.label}”的选项有改动${c.added.length ? `，新增 ${c.added.map(show).join("、")}` : ""}${c.removed.length ? `，删除 ${c.removed.map(show).join("、")}` : ""}。`,
    note: (c) => textChange(`说明第 ${c.index} 条`, c.from, c.to),
    "layout.text": (c) => textChange("页面文字", c.from, c.to),
    "summary.text": (c) => textChange(`汇总表${summaryPlace(c.pointer)}`, c.from, c.to),
    other: (c) => `${c.file} 在 ${c.pointer || "/"} 处有改动：${show(c.from)} → ${show(c.to)}。`,
  },
};
