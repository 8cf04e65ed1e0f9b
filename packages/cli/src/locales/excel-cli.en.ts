/** English UI strings of the `export`, `import` and `summarize` commands. */
import type { ExcelCliCatalog } from "../excel-messages.js";

export const excelCliEn: ExcelCliCatalog = {
  commands: {
    export: {
      summary: "Export a submission as an Excel workbook (one sheet per part, and a scores sheet).",
      description: [
        "Headers are the form's labels with their units, numbers stay numbers, fixed tables are laid out as on paper and repeating tables as rows. The scores sheet lists the self and expert scores and what counts.",
      ],
      options: { out: "The .xlsx file to write (default: the submission's name).", mode: "Mode of the evaluation: draft (default) or final." },
      examples: ["cluster-form export forms/2020-handbook examples/data/2020-handbook.sample.json --out handbook.xlsx"],
    },
    import: {
      summary: "Read a submission back from an Excel workbook (JSON on standard output, problems on standard error).",
      description: [
        "Reads a workbook written by export and edited in Excel. Cells that do not fit their field are not guessed: each is reported with its row and reason, and the exit code is 1.",
        "With --rows, reads only the rows of one repeating table (e.g. table2/enterprises) from any sheet, matching columns by their header text.",
      ],
      options: {
        out: "Write the JSON to this file instead of standard output.",
        rows: "Import only the rows of this table: <part>/<field>, e.g. table2/enterprises.",
        sheet: "With --rows: read this sheet.",
      },
      examples: ["cluster-form import forms/2020-handbook handbook.xlsx > submission.json", "cluster-form import forms/2020-handbook enterprises.xlsx --rows table2/enterprises"],
    },
    summarize: {
      summary: "Build the city data-summary sheet (附件3) from many submissions, as .xlsx or .csv.",
      description: [
        "Submissions are JSON files, .jsonl files with one submission per line, or folders of them. Each is evaluated and written as one row, so 10,000 submissions are never in memory together.",
        "Rows follow the sheet's declared order and end with a totals row. Invalid submissions are listed with their problems in a second sheet (for CSV, a .invalid.csv file), never dropped; the exit code is then 1.",
      ],
      options: {
        out: "The file to write: .xlsx or .csv (default summary.xlsx).",
        mode: "final (default): blank required fields make a submission invalid; draft: only errors do.",
        param: "A parameter the summary sheet declares, repeatable: --param city=武汉市 fills the 市（州） column.",
      },
      examples: [
        "cluster-form summarize forms/2020-handbook submissions/ --param city=武汉市 --out summary.xlsx",
        "cluster-form summarize forms/2020-handbook a.json b.json --out summary.csv",
      ],
    },
  },
  wrote: (file, bytes) => `Wrote ${file} (${bytes} bytes)`,
  notePrefix: "note: ",
  problems: (count) => `${count} problem(s); the cells concerned were not imported.`,
  badRowsTarget: (value) => `--rows takes <part>/<field>, e.g. table2/enterprises, not "${value}".`,
  badParameter: (given, declared) => `--param takes <id>=<value> with an id the summary sheet declares (${declared.join(", ") || "none"}), not "${given}".`,
  noSummarySheet: (form) => `Form "${form}" declares no data-summary sheet (form.json "summarySheet").`,
  summarized: (rows, invalid, files) => `Summarized ${rows} submission(s), ${invalid} invalid; wrote ${files.join(", ")}`,
  seeInvalid: "The invalid submissions and their problems are in the second sheet (or the .invalid.csv file).",
  problemAt: (sheet, row, cell) => `${sheet ? `sheet "${sheet}"` : "workbook"}${cell ? ` ${cell}` : row > 0 ? ` row ${row}` : ""}`,
};
