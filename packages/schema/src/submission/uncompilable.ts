/**
 * Why a form's schemas did not compile. The full answer is the definition checks (meta-schemas and
 * referential checks), which are large: the Node entry point installs them, while browser bundles,
 * which load forms already checked by `cluster-form build`, are spared them and report the
 * compiler's own message.
 */
import { FormDefinitionError } from "../errors.js";
import { message } from "../locales/index.js";
import type { DefinitionFinding, FormPackage } from "../types.js";

export type DefinitionCheck = (pkg: FormPackage) => readonly DefinitionFinding[];

let definitionCheck: DefinitionCheck | undefined;

/** Explain uncompilable schemas with these checks from now on (`@cluster-form/schema/node` installs `checkDefinition`). */
export function explainUncompilableWith(check: DefinitionCheck): void {
  definitionCheck = check;
}

export function uncompilableError(pkg: FormPackage, error: unknown): FormDefinitionError {
  const errors = definitionCheck ? definitionCheck(pkg).filter((f) => f.severity === "error") : [];
  const detail = error instanceof Error ? error.message : String(error);
  const fallback: DefinitionFinding = {
    code: "schema-uncompilable",
    severity: "error",
    location: { file: "form.json", line: 1, column: 1, pointer: "" },
    message: message("schemaUncompilable", { detail }),
  };
  return new FormDefinitionError(errors.length > 0 ? errors : [fallback], pkg.origin);
}
