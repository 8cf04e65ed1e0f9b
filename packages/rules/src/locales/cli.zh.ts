/** `cluster-form` 命令的中文界面文字。 */
import type { CliCatalog } from "../cli/messages.js";

const FORMAT = "输出格式：text（默认）或 json。";

export const cliZh: CliCatalog = {
  program: "cluster-form：检查、测试、评分和比较 cluster-form 表单包。",
  usage: "用法：",
  commandsHeading: "命令：",
  optionsHeading: "选项：",
  examplesHeading: "示例：",
  globalOptions: { help: "显示帮助。", lang: "提示语言：zh（默认）或 en。", version: "显示版本号。" },
  moreHelp: "运行 `cluster-form <命令> --help` 查看某个命令的选项。",
  unknownCommand: (name) => `没有“${name}”这个命令。`,
  missingArgument: (name) => `缺少参数 <${name}>。`,
  tooManyArguments: (extra) => `多余的参数：${extra}。`,
  badChoice: (option, value, choices) => `--${option} 只能是 ${choices.join("、")} 之一，不能是“${value}”。`,
  badOption: (detail) => `选项有误：${detail}`,
  internalError: (detail) => `内部错误：${detail}`,
  debugHint: "这是 cluster-form 的缺陷。设置 CLUSTER_FORM_DEBUG=1 可查看调用栈，请一并报告。",
  formUnreadable: (dir) => `无法载入 ${dir} 的表单：`,
  fileUnreadable: (path, reason) => `无法读取 ${path}：${reason}`,
  notJson: (file) => `${file} 不是有效的 JSON：`,
  findingSummary: (errors, warnings, infos) => `错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个。`,
  noFindings: "没有发现问题。",
  severity: { error: "错误", warning: "警告", info: "提示" },
  commands: {
    lint: {
      summary: "在填报之前检查表单包。",
      description: [
        "先做定义检查（文件语法、元结构、引用），再做规则检查：规则读取不存在的字段、类型不符的比较、计算值循环依赖、分值合计不符、酌情打分范围、缺少评分细则、未知运算。",
        "有任何错误或警告时以 1 退出。",
      ],
      options: { format: FORMAT },
      examples: ["cluster-form lint forms/2020-handbook", "cluster-form lint forms/2020-handbook --format json"],
    },
    test: {
      summary: "运行表单包的规则测试用例（tests/*.json）。",
      description: ["每个用例对一份（可以不完整的）填报数据评分，并与预期结果比较。有用例失败时以 1 退出。"],
      options: { format: FORMAT, filter: "只运行名称包含该文字的用例。" },
      examples: ["cluster-form test forms/2020-handbook"],
    },
    score: {
      summary: "对一份填报数据评分，列出每项指标、分值、各方评分和评分说明。",
      description: [
        "从文件读取填报数据；文件名为 - 时从标准输入读取。",
        "加 --ndjson 时每行一份填报数据，每行输出一个 JSON 结果。",
        "填报数据无效时以 1 退出。",
      ],
      options: {
        format: FORMAT,
        role: "只显示该角色的评分列（applicant、expert、viewer 等）。",
        mode: "draft（默认）：空白项只列入完整度；final：必填项空白即为错误。",
        ndjson: "逐行评分一串填报数据，每行一个 JSON 文档。",
      },
      examples: [
        "cluster-form score forms/2020-handbook examples/data/2020-handbook.sample.json",
        "cat submissions.ndjson | cluster-form score forms/2020-handbook - --ndjson",
      ],
    },
    diff: {
      summary: "比较同一表单的两个版本（例如两个年度）有哪些变化。",
      description: ["列出新增、删除或改了分值的指标，规则中改动的阈值和常数，改动的名称，新增或删除的填报项。"],
      options: { format: FORMAT, "exit-code": "有差别时以 1 退出。" },
      examples: ["cluster-form diff forms/2020-handbook forms/2021-handbook", "cluster-form diff 旧目录 新目录 --lang en"],
    },
    newYear: {
      summary: "把表单复制到新目录用于新的年度，同时更新年度、编号和版本。",
      description: ["不会覆盖已有目录。完成后列出仍提到旧年份的地方，供人工核对。"],
      options: { year: "新的考核年度（必填）。" },
      examples: ["cluster-form new-year forms/2020-handbook forms/2021-handbook --year 2021"],
    },
    build: {
      summary: "把表单打包为一个文件（form.bundle.json），并生成预编译校验代码（validators.js）供网页使用。",
      description: ["validators.js 不需要 eval，网页可在不含 'unsafe-eval' 的内容安全策略下运行。表单有错误时不生成。"],
      options: { out: "输出目录（必填）。" },
      examples: ["cluster-form build forms/2020-handbook --out public/forms/2020-handbook"],
    },
    help: { summary: "显示某个命令的帮助。", options: {}, examples: ["cluster-form help score"] },
  },
  test: { noCases: (dir) => `${dir} 中没有规则测试用例。` },
  score: {
    criterion: "指标",
    points: "分值",
    stepSeparator: "；",
    explanation: "评分说明",
    subtotal: "小计",
    total: "合计",
    vetoed: "一票否决：",
    notVetoed: "无一票否决。",
    vetoUndecided: "一票否决尚未确定。",
    completeness: (percent) => `填报完整度：${percent}%`,
    findingsHeading: "问题：",
    valid: "填报数据有效。",
    invalid: "填报数据无效。",
    status: { computed: "", entered: "", missing: "未评", invalid: "无效", notApplicable: "不适用", pending: "待评", confirmed: "", overridden: "改分" },
    badLine: (line) => `第 ${line} 行`,
  },
  newYear: {
    created: (dir, files) => `已创建 ${dir}（复制 ${files} 个文件）。`,
    reviewHeading: (years) => `请核对以下仍提到 ${years.join(" 或 ")} 年的地方：`,
    nothingToReview: "没有其他地方提到旧年份。",
    errors: {
      destinationExists: (dir) => `${dir} 已存在，未写入任何内容。请另选新目录。`,
      sourceMissing: (file) => `${file} 不存在，请给出表单所在目录。`,
      manifestUnreadable: (file) => `${file} 中读不到 id、version、year，请先运行 cluster-form lint 检查。`,
      badYear: (year) => `--year 必须是与原表单不同的四位年份，不能是“${year}”。`,
    },
  },
  build: {
    wrote: (file, bytes) => `已写入 ${file}（${bytes} 字节）。`,
    refused: "表单有错误，未生成任何文件。",
  },
};
