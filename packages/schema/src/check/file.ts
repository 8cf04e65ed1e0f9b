/** One form file on its own (a rule-test file, a file being edited): strict JSON, then its meta-schema. */
import { deepEqualTrapAt } from "../json/deep-equal-trap.js";
import { locateInText } from "../json/locate.js";
import { parseJson } from "../json/parse.js";
import { message } from "../locales/index.js";
import type { DefinitionFinding, FormFileKind } from "../types.js";
import { metaProblems } from "./meta-errors.js";
import { metaValidator } from "./meta-ajv.js";

/** Findings for `text` as a form file of `kind`, named `file` in the findings. */
export function checkFormFile(file: string, text: string, kind: FormFileKind): DefinitionFinding[] {
  const parsed = parseJson(file, text);
  if (parsed.findings.length > 0) return parsed.findings;
  const validate = metaValidator(kind);
  let valid: boolean;
  try {
    valid = validate(parsed.value);
  } catch {
    const location = locateInText(file, text, deepEqualTrapAt(parsed.value) ?? "");
    return [{ code: "meta-uncheckable", severity: "error", location, message: message("metaUncheckable") }];
  }
  if (valid) return [];
  return metaProblems(validate.errors ?? [], kind).map((problem) => ({
    code: problem.code,
    severity: "error",
    location: locateInText(file, text, problem.pointer),
    message: problem.message,
  }));
}
