// Scores every submission (*.json) in a folder with the form it names: node score-folder.mjs <forms folder> <submissions folder>
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFolder } from "@cluster-form/schema/node";

const [formsDir = "../../forms", submissionsDir = "../data"] = process.argv.slice(2);
const evaluators = new Map();
for (const entry of await readdir(formsDir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const pkg = await loadFormFolder(join(formsDir, entry.name));
  evaluators.set(pkg.manifest.id, createEvaluator(pkg));
}
for (const file of (await readdir(submissionsDir)).filter((name) => name.endsWith(".json")).sort()) {
  const submission = JSON.parse(await readFile(join(submissionsDir, file), "utf8"));
  const result = evaluators.get(submission?.form?.id)?.evaluate(submission, { mode: "final" });
  if (!result) { console.log(`${file}\tno form named ${JSON.stringify(submission?.form?.id)}`); continue; }
  const totals = Object.entries(result.total).map(([column, total]) => `${column} ${total.value ?? "-"}`);
  console.log([file, result.form.id, ...totals, result.maxTotal > 0 ? `of ${result.maxTotal}` : "no score", result.veto.vetoed ? "vetoed" : "", result.valid ? "valid" : `${result.findings.filter((finding) => finding.severity === "error").length} errors`].join("\t"));
}
