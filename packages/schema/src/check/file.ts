/** One form file on its own (a rule-test file, a file being edited): strict JSON, then its meta-schema. */
import { locateInText } from "../json/locate.js";
import { parseJson } from "../json/parse.js";
import { message } from "../locales/all.js";
import type { DefinitionFinding, FormFileKind } from "../types.js";
import { metaProblems } from "./meta-errors.js";
import { metaErrors } from "./meta-ajv.js";
import { unsafePatterns } from "./pattern-safety.js";

/** Findings for `text` as a form file of `kind`, named `file` in the findings. */
export function checkFormFile(file: string, text: string, kind: FormFileKind): DefinitionFinding[] {
  const parsed = parseJson(file, text);
  if (parsed.findings.length > 0) return parsed.findings;
  const errors = metaErrors(kind, parsed.value);
  if (!Array.isArray(errors)) {
    return [{ code: "meta-uncheckable", severity: "error", location: locateInText(file, text, errors.uncheckableAt), message: message("metaUncheckable") }];
  }
  const problems = [...metaProblems(errors, kind), ...(kind === "data-schema" ? unsafePatterns(parsed.value) : [])];
  return problems.map((problem) => ({
    code: problem.code,
    severity: "error",
    location: locateInText(file, text, problem.pointer),
    message: problem.message,
  }));
}
