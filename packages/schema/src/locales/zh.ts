/** Chinese messages of @cluster-form/schema: the working language of the forms. */
import type { CoreMessageCatalog } from "./messages.catalog.js";

export const zh: CoreMessageCatalog = {
  // reading files
  fileMissing: (p) => `找不到文件：${p.path}`,
  fileUnreadable: (p) => `无法读取 ${p.path}：${p.detail}`,
  fileOutsideForm: (p) => `${p.path} 是指向表单文件夹之外的符号链接（或位于这样的链接之下），不予读取`,
  fileNotObject: () => "文件内容必须是一个 JSON 对象",
  pathUnsafe: (p) => `路径 "${p.path}" 必须是相对于表单文件夹的路径，且不能超出该文件夹`,
  // a manifest's required keys and types, and the pattern of an id
  metaRequired: (p) => `缺少必填键 "${p.key}"`,
  metaType: (p) => `类型应为 ${p.expected}`,
  metaPattern: (p) => `不符合格式 ${p.pattern}`,
  // references between files
  refDangling: (p) => `引用 "${p.ref}" 指向的内容不存在`,
  refNotShared: (p) => `引用 "${p.ref}" 指向 ${p.file}，但该文件未列在清单的 "sharedSchemas" 中`,
  refExternal: (p) => `引用 "${p.ref}" 必须是表单内的相对路径，不能是网址`,
  refCycle: (p) => `引用 "${p.ref}" 又引用回自身；表单的数据模式不能递归`,
  refTooLarge: (p) => `在此展开引用 "${p.ref}" 会使表单的数据模式超过 ${p.max.toLocaleString("en-US")} 个模式对象：引用嵌套过多`,
  submissionUncheckable: (p) => `${p.pointer} 处的对象含有名为 valueOf 或 toString 的键，无法检查`,
  rowLabel: (p) => `${p.table}第 ${p.row} 行`,
  editForbidden: (p) => `${p.label}：${p.role}不能修改此项，${p.editors.length > 0 ? `只有${p.editors.join("、")}可以修改` : "任何角色都不能修改"}`,
  // submissions
  schemaUncompilable: (p) => `表单的数据模式无法编译：${p.detail}`,
  submissionTooLarge: (p) => `提交的数据超过 ${p.limit}`,
  submissionTooDeep: (p) => `提交的数据嵌套超过 ${p.limit} 层`,
  submissionNotObject: () => "提交的数据必须是一个 JSON 对象",
  submissionTooManyRows: (p) => `${p.label} 有 ${p.rows} 行，最多 ${p.max} 行`,
  submissionWrongForm: (p) => `提交的数据属于表单 "${p.found}"，而不是 "${p.expected}"`,
  submissionWrongVersion: (p) => `提交的数据按表单版本 ${p.found} 填写；当前版本为 ${p.expected}`,
  scoreLabel: (p) => `${p.criterion}（${p.column}）`,
  dataChoice: (p) => `${p.label}：应为以下之一：${p.choices}`,
  dataRequired: (p) => `${p.label}为必填项`,
  dataTooSmall: (p) => `${p.label}：${p.exclusive ? "应大于" : "不能小于"} ${p.limit}`,
  dataTooLarge: (p) => `${p.label}：${p.exclusive ? "应小于" : "不能大于"} ${p.limit}`,
  dataTooShort: (p) => `${p.label}：至少 ${p.limit} 个字`,
  dataTooLong: (p) => `${p.label}：最多 ${p.limit} 个字`,
  dataTooFewItems: (p) => `${p.label}：至少填写 ${p.limit} ${p.rows ? "行" : "项"}`,
  dataTooManyItems: (p) => `${p.label}：最多填写 ${p.limit} ${p.rows ? "行" : "项"}`,
  dataFormat: (p) =>
    `${p.label}：${({ date: "应为日期（年-月-日）", email: "应为电子邮箱地址", uri: "应为网址" } as Record<string, string>)[p.format] ?? `格式应为 ${p.format}`}`,
  dataType: (p) => `${p.label}：${{ number: "应填写数字", integer: "应填写整数", string: "应填写文字", boolean: "应选择是或否", array: "应为列表", object: "应为一组字段", null: "应为空" }[p.wanted]}`,
  dataValue: (p) => `${p.label}：应为${p.one ? " " : "以下之一："}${p.values}`,
  dataMultipleOf: (p) => `${p.label}：应为 ${p.factor} 的倍数`,
  dataDuplicate: (p) => `${p.label}：第 ${p.first} ${p.rows ? "行" : "项"}与第 ${p.second} ${p.rows ? "行" : "项"}重复`,
  dataFieldCount: (p) => `${p.label}：${p.most ? "最多" : "至少"}填写 ${p.limit} 项`,
  dataDependent: (p) => `${p.label}：填写了“${p.field}”时，也应填写“${p.needs}”`,
  dataRule: (p) =>
    `${p.label}：${{ notAllowed: "此处不应填写", oneOf: "应符合且只符合一种填写方式", anyOf: "应符合其中一种填写方式", contains: "符合要求的项过少或过多", other: "不符合填写要求" }[p.kind]}`,
  dataPattern: (p) => {
    const hint = [p.description, p.example === undefined ? undefined : `例如 ${p.example}`].filter(Boolean).join("，");
    return hint ? `${p.label}：格式不正确（${hint}）` : `${p.label}：格式不正确`;
  },
};
