/** 静态规则检查（`cluster-form lint`）的中文提示。 */
import type { LintCatalog, SiteRef, ValueType } from "./lint.catalog.js";

const types: Record<ValueType, string> = {
  number: "数字",
  string: "文字",
  boolean: "是/否",
  array: "列表",
  object: "对象",
  null: "空值",
};

const kinds: Record<SiteRef["kind"], string> = {
  computed: "计算值",
  applicability: "适用条件（字段）",
  check: "校验",
  criterion: "评分指标",
  veto: "一票否决项",
  summary: "汇总表列",
};

const site = (s: SiteRef): string =>
  `${kinds[s.kind]}${s.owner ? ` ${s.owner}` : ""}${s.label && s.label !== s.owner ? `（${s.label}）` : ""}`;

const didYouMean = (suggestion?: string): string => (suggestion ? `是否应为“${suggestion}”？` : "");

/** 合计与应有分值之差。 */
const howFar = (difference: number): string => (difference > 0 ? `多了 ${difference} 分` : `少了 ${-difference} 分`);

export const lintZh: LintCatalog = {
  "lint.var.unknownPart": (p) =>
    `${site(p.site)}中的“${p.path}”读取的部分“${p.part}”在本表中不存在。${didYouMean(p.suggestion)}请按 form.json 的 parts 改正部分编号。`,
  "lint.var.unknownField": (p) =>
    `${site(p.site)}中的“${p.path}”读取“${p.missing}”，但${p.parent}没有这个字段。${didYouMean(p.suggestion)}请改为数据结构中已有的字段名。`,
  "lint.var.unknownRowField": (p) =>
    `${site(p.site)}中的“${p.path}”读取${p.array}每一行的“${p.missing}”，但该表的行没有这一列。${didYouMean(p.suggestion)}请改为行结构（items）中已有的列名。`,
  "lint.var.unknownComputed": (p) =>
    `${site(p.site)}中的“${p.path}”读取的计算值没有在任何规则文件中定义。${didYouMean(p.suggestion)}请在 computed 中定义，或改正编号。`,
  "lint.var.unknownFormKey": (p) => `${site(p.site)}中的“${p.path}”不是 $form.id、$form.version、$form.year 之一。`,
  "lint.var.resultOutsideSummary": (p) => `${site(p.site)}中的“${p.path}”读取评分结果，只有汇总表的列才能读取。`,
  "lint.var.unknownParameter": (p) =>
    `${site(p.site)}中的“${p.path}”读取汇总表未声明的参数（已声明：${p.declared || "无"}）；只有汇总表的列才能读取 $parameters。`,
  "lint.type.compare": (p) =>
    `${site(p.site)}中的“${p.op}”把${p.left}（${types[p.leftType]}）与${p.right}（${types[p.rightType]}）比较，类型不同，结果不会符合本意。请同类比较（数字字段与数字比，文字字段与文字比）。`,
  "lint.type.operand": (p) => `${site(p.site)}中的“${p.op}”需要${p.expected.map((t) => types[t]).join("或")}，但${p.operand}是${types[p.actual]}。`,
  "lint.type.notAChoice": (p) =>
    `${site(p.site)}中的“${p.path}”与 ${p.value} 比较，但它不是该字段的选项（${p.choices}），条件永远不会成立。请照抄选项之一。`,
  "lint.type.arity": (p) => `${site(p.site)}中的“${p.op}”有 ${p.count} 个参数，应为 ${p.expected} 个。`,
  "lint.computed.cycle": (p) => `计算值之间循环依赖（${p.cycle}），无法算出。请打断这个循环。`,
  "lint.points.criteriaSum": (p) =>
    p.changed
      ? `${p.part}各项指标分值合计 ${p.sum} 分，但该表分值为 ${p.points} 分（form.json），${howFar(p.difference)}。与基准表单相比改动的是：${p.changed}。请改正这些分值，或相应调整其他指标，使合计仍为 ${p.points} 分。`
      : `${p.part}各项指标分值合计 ${p.sum} 分（${p.terms}），但该表分值为 ${p.points} 分（form.json），${howFar(p.difference)}。请改正指标分值或该表分值。`,
  "lint.points.noCriteria": (p) => `${p.part}分值为 ${p.points} 分，但没有任何评分指标。`,
  "lint.points.partWithoutPoints": (p) => `${p.part}有合计 ${p.sum} 分的评分指标，但 form.json 中该部分没有 points。请填写该部分分值。`,
  "lint.points.partsSum": (p) =>
    `各评分部分合计 ${p.sum} 分（${p.parts}），但总分 totalPoints 为 ${p.total} 分，${howFar(p.difference)}。${p.changed ? `与基准表单相比改动的是：${p.changed}。` : ""}请改正各部分分值或总分。`,
  "lint.judgement.range": (p) =>
    `评分指标 ${p.criterion} 的第 ${p.branch} 个分支由评分人酌情打分，但没有有效的分值范围（最低 ${p.min}，最高 ${p.max}）。请以数字填写 min 和 max，且 0 ≤ min ≤ max。`,
  "lint.judgement.beyondPoints": (p) =>
    `评分指标 ${p.criterion} 的第 ${p.branch} 个分支允许酌情打到 ${p.max} 分，超过该指标的 ${p.points} 分。请降低 max。`,
  "lint.branch.beyondPoints": (p) =>
    `评分指标 ${p.criterion} 的第 ${p.branch} 个分支给 ${p.branchPoints} 分，超过该指标的 ${p.points} 分。`,
  "lint.branch.sumBeyondPoints": (p) => `评分指标 ${p.criterion} 各分支合计 ${p.sum} 分，超过该指标的 ${p.points} 分。`,
  "lint.branch.negative": (p) => `评分指标 ${p.criterion} 的第 ${p.branch} 个分支给 ${p.branchPoints} 分，分值不能为负。`,
  "lint.branch.none": (p) => `评分指标 ${p.criterion} 没有任何评分分支，无法评分。`,
  "lint.branch.unreachable": (p) =>
    `评分指标 ${p.criterion} 的第 ${p.branch} 个分支永远不会生效：第 ${p.catchAll} 个分支没有条件，总是先决定得分。请把没有 when 的分支移到最后。`,
  "lint.branch.kind": (p) => `评分指标 ${p.criterion} 的第 ${p.branch} 个分支必须且只能给出 points、logic、judgement 之一。`,
  "lint.criterion.noText": (p) => `评分指标 ${p.criterion} 缺少评分细则（text）。请从手册原文照录。`,
  "lint.criterion.noBranchText": (p) => `评分指标 ${p.criterion} 的第 ${p.branch} 个分支缺少 text，评分说明中将无法显示。`,
  "lint.criterion.textNumbers": (p) =>
    `评分指标 ${p.criterion} 的规则与 ${p.rule} 比较，但评分细则中没有这个数；细则写的 ${p.text} 在规则中也没有。请核对，使细则与规则一致。`,
  "lint.criterion.branchTextNumbers": (p) =>
    `评分指标 ${p.criterion} 的第 ${p.branch} 个分支与 ${p.rule} 比较，但其说明中没有这个数；说明写的 ${p.text} 在规则中也没有。请核对，使说明与规则一致。`,
  "lint.op.unknown": (p) => `${site(p.site)}中的“${p.op}”不是规则语言中的运算。${didYouMean(p.suggestion)}参见 docs/rules.md。`,
  "lint.op.refused": (p) => `${site(p.site)}中的运算“${p.op}”不允许在表单中使用。`,
  "lint.op.notLogic": (p) =>
    `${site(p.site)}中含多个键（${p.keys}）的对象不是运算，只会被当作普通值。一个运算只能有一个键。`,
  "lint.rule.problem": (p) => `${site(p.site)}：${p.problem}`,
};
