/**
 * A form whose schemas the compiler refuses. Loading with `{ check: checkDefinition }` refuses such a
 * form earlier, with findings at file, line and column; a form loaded unchecked gets the compiler's
 * own message, placed at form.json.
 */
import { FormDefinitionError } from "../errors.js";
import { message } from "../locales/index.js";
import type { DefinitionFinding, FormPackage } from "../types.js";

export function uncompilableError(pkg: FormPackage, error: unknown): FormDefinitionError {
  const detail = error instanceof Error ? error.message : String(error);
  const finding: DefinitionFinding = {
    code: "schema-uncompilable",
    severity: "error",
    location: { file: "form.json", line: 1, column: 1, pointer: "" },
    message: message("schemaUncompilable", { detail }),
  };
  return new FormDefinitionError([finding], pkg.origin);
}
