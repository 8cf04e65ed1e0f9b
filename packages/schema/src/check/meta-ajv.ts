/** One Ajv instance holding every meta-schema, compiled on first use. */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { deepEqualTrapAt } from "../json/deep-equal-trap.js";
import addFormatsModule from "ajv-formats";
import { metaSchemas } from "../meta/index.js";
import type { FormFileKind } from "../types.js";

let ajv: Ajv2020 | undefined;
const compiled = new Map<FormFileKind, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // Form files are small and trusted by their authors: report every problem at once.
  ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, ownProperties: true, verbose: true });
  addFormatsModule.default(ajv);
  for (const schema of Object.values(metaSchemas)) ajv.addSchema(schema);
  return ajv;
}

function metaValidator(kind: FormFileKind): ValidateFunction {
  const cached = compiled.get(kind);
  if (cached) return cached;
  const id = metaSchemas[kind]["$id"];
  const validate = instance().getSchema(String(id));
  if (!validate) throw new Error(`Meta-schema ${String(id)} is not registered`);
  compiled.set(kind, validate);
  return validate;
}

/**
 * The meta-schema's errors for `value` ([] when its shape is right), or where in it lies a value
 * that Ajv's deep equality cannot compare (../json/deep-equal-trap.ts), when checking threw.
 */
export function metaErrors(kind: FormFileKind, value: unknown): ErrorObject[] | { readonly uncheckableAt: string } {
  const validate = metaValidator(kind);
  try {
    return validate(value) ? [] : [...(validate.errors ?? [])];
  } catch {
    return { uncheckableAt: deepEqualTrapAt(value) ?? "" };
  }
}
