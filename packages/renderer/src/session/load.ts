/**
 * Reading a form package (a folder URL or a bundled package) and making its evaluator in the
 * browser. The element's bundle imports this module when it first loads a form: a chunk that
 * carries the loader, the validation and the evaluator, fetched alongside the form itself.
 */
import { assertFormIds, createSubmissionValidatorWith, isRecord, loadFormFiles, loadFormUrl, type FormFiles, type FormPackage, type LoadOptions, type PrecompiledValidators } from "@cluster-form/schema";
import { createEvaluatorWith } from "@cluster-form/rules";
import { fetchFormDocument, type FormDocument } from "./form-sources.js";
import type { Evaluator } from "./session.js";

function isFormFiles(value: unknown): value is FormFiles {
  return isRecord(value) && isRecord(value.files) && Object.values(value.files).every((text) => typeof text === "string");
}

/**
 * The package of a fetched document: a manifest (`…/form.json`, whose files are fetched next to it)
 * or a bundled package (`bundleFormFiles` output, one JSON document with every file).
 */
export async function formFromDocument({ url, text }: FormDocument, options: LoadOptions = {}): Promise<FormPackage> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // Not JSON: the loader reads the manifest again and says where it breaks (file, line, column).
    return loadFormUrl(url, options);
  }
  if (isFormFiles(document)) return loadFormFiles({ origin: document.origin ?? url.href, files: document.files }, options);
  return loadFormUrl(url, options);
}

/**
 * A package the page made itself (`formPackage`), refused as the loader refuses a form whose ids
 * are not names: it has not been through the loader's check.
 */
export function checkedPackage(pkg: FormPackage): FormPackage {
  assertFormIds(pkg);
  return pkg;
}

/** `src` fetched and read (formFromDocument). */
export async function loadFromSrc(src: string, base: string, options: LoadOptions = {}): Promise<FormPackage> {
  return formFromDocument(await fetchFormDocument(src, base), options);
}

/**
 * The form's validate functions: the precompiled ones when given (`cluster-form build`, the
 * production path), else Ajv's compiler, loaded only now: a chunk of its own that pages with
 * built forms never download.
 */
async function validatorsFor(pkg: FormPackage, precompiled: PrecompiledValidators | undefined): Promise<PrecompiledValidators> {
  if (precompiled) return precompiled;
  const { compileSubmissionValidators } = await import("@cluster-form/schema/compiler");
  return compileSubmissionValidators(pkg);
}

/**
 * The evaluator of a package. Incremental: the session replaces objects along a changed path and
 * never changes one in place (../state/data-path.ts), so a keystroke re-runs only the rules that
 * read what it changed, and the validator validates again only the parts and rows that changed.
 */
export async function evaluatorFor(pkg: FormPackage, precompiled?: PrecompiledValidators): Promise<Evaluator> {
  const validator = createSubmissionValidatorWith(pkg, await validatorsFor(pkg, precompiled), { incremental: true });
  return createEvaluatorWith(pkg, validator, { incremental: true });
}
