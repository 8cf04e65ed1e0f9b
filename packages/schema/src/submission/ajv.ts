/** The Ajv set-up for untrusted submissions, shared by the runtime validator and the standalone compiler. */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { CodeOptions } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

import { ANNOTATION_KEYWORDS } from "./annotations.js";
import { OWN_FORMATS } from "./formats.js";
import { askLengthFirst } from "./string-length.js";

export function createSubmissionAjv(code?: CodeOptions): Ajv2020 {
  const ajv = new Ajv2020({
    // Every string and array of a form schema is bounded (the profile demands maxLength/maxItems)
    // and the input size is capped, so reporting all errors at once stays cheap.
    allErrors: true,
    ownProperties: true,
    $data: false,
    // Schemas were checked against the meta-schema by checkDefinition; at run time be lenient.
    strict: false,
    messages: true,
    // Nothing is printed: what Ajv would warn about, checkDefinition reports as findings.
    logger: false,
    // For the same reason Ajv's own meta-schemas are not loaded (nor, then, shipped in browser bundles).
    meta: false,
    validateSchema: false,
    ...(code ? { code } : {}),
  });
  addFormatsModule.default(ajv);
  for (const [name, format] of Object.entries(OWN_FORMATS)) ajv.addFormat(name, format);
  askLengthFirst(ajv);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}
