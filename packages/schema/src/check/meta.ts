/** Every file of a package against the meta-schema of its kind. */
import { parseJson } from "../json/parse.js";
import { message } from "../locales/all.js";
import type { FormFileKind } from "../types.js";
import type { CheckContext } from "./context.js";
import { metaProblems } from "./meta-errors.js";
import { metaErrors } from "./meta-ajv.js";

/** Checks each file; returns the paths of the files whose shape is valid. */
export function checkMeta(context: CheckContext, kinds: ReadonlyMap<string, FormFileKind>): Set<string> {
  const valid = new Set<string>();
  for (const [path, kind] of kinds) {
    const source = context.pkg.sources.get(path);
    const value = source ? parseJson(path, source.text).value : undefined;
    if (value === undefined) continue;
    const errors = metaErrors(kind, value);
    if (!Array.isArray(errors)) {
      context.report("meta-uncheckable", path, errors.uncheckableAt, message("metaUncheckable"));
      continue;
    }
    if (errors.length === 0) {
      valid.add(path);
      continue;
    }
    for (const problem of metaProblems(errors, kind)) {
      context.report(problem.code, path, problem.pointer, problem.message);
    }
  }
  return valid;
}
