/** `export`、`import`、`summarize` 命令的中文用语。 */
import type { ExcelCliCatalog } from "../excel-messages.js";

export const excelCliZh: ExcelCliCatalog = {
  commands: {
    export: {
      summary: "把一份填报材料导出为 Excel 工作簿（每个部分一张工作表，另有评分表）。",
      description: ["表头为中文并注明单位，数字保持为数字，固定表格按纸质表排列，可重复的表格逐行列出。评分表列出自评、专家得分及计分结果。"],
      options: { out: "输出的 .xlsx 文件（默认与材料同名）。", mode: "计算评分时的模式：draft（默认）或 final。" },
      examples: ["cluster-form export forms/2020-handbook examples/data/2020-handbook.sample.json --out 考核手册.xlsx"],
    },
    import: {
      summary: "从 Excel 工作簿读回填报材料（JSON 输出到标准输出，问题输出到标准错误）。",
      description: [
        "读取由 export 导出、在 Excel 中修改过的工作簿。不符合栏目要求的单元格不会被猜测，而是逐条报告行号和原因；有问题时退出码为 1。",
        "用 --rows 只读取一个可重复表格的行（例如 table2/enterprises），适用于自行制作的表格：按表头文字匹配列。",
      ],
      options: {
        out: "把 JSON 写入此文件，而不是标准输出。",
        rows: "只导入这个表格的行：<部分>/<字段>，如 table2/enterprises。",
        sheet: "与 --rows 同用：读取这张工作表。",
      },
      examples: ["cluster-form import forms/2020-handbook 考核手册.xlsx > submission.json", "cluster-form import forms/2020-handbook 骨干企业.xlsx --rows table2/enterprises"],
    },
    summarize: {
      summary: "把多份填报材料汇总为市（州）数据汇总表（附件3），输出 .xlsx 或 .csv。",
      description: [
        "材料可以是 JSON 文件、每行一份材料的 .jsonl 文件，或包含这些文件的文件夹。逐份计算、逐行写出，一万份材料也不会同时占用内存。",
        "按汇总表声明的顺序排列，末行为合计。未通过校验的材料列在第二张工作表（CSV 时为 .invalid.csv 文件）并注明问题，不会被丢弃；有这样的材料时退出码为 1。",
      ],
      options: {
        out: "输出文件：.xlsx 或 .csv（默认 summary.xlsx）。",
        mode: "final（默认）：必填栏目空白即不通过；draft：只有错误才不通过。",
        param: "汇总表声明的参数，可多次给出：--param city=武汉市 填入“市（州）”栏。",
      },
      examples: [
        "cluster-form summarize forms/2020-handbook 材料/ --param city=武汉市 --out 汇总表.xlsx",
        "cluster-form summarize forms/2020-handbook a.json b.json --out 汇总表.csv",
      ],
    },
  },
  wrote: (file, bytes) => `已写入 ${file}（${bytes} 字节）`,
  notePrefix: "说明：",
  problems: (count) => `共 ${count} 个问题，相关内容未导入。`,
  badRowsTarget: (value) => `--rows 应为 <部分>/<字段>，如 table2/enterprises，而不是“${value}”。`,
  badParameter: (given, declared) => `--param 应为 <参数>=<值>，参数为汇总表声明的 ${declared.join("、") || "（无）"}，而不是“${given}”。`,
  noSummarySheet: (form) => `表“${form}”没有声明数据汇总表（form.json 的 summarySheet）。`,
  summarized: (rows, invalid, files) => `汇总 ${rows} 份材料，${invalid} 份未通过校验；已写入 ${files.join("、")}`,
  seeInvalid: "未通过校验的材料及其问题见第二张工作表（或 .invalid.csv 文件）。",
  problemAt: (sheet, row, cell) => `${sheet ? `工作表“${sheet}”` : "工作簿"}${cell ? ` ${cell}` : row > 0 ? ` 第 ${row} 行` : ""}`,
};
