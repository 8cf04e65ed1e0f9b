/**
 * One validate function from the pieces of ./split.ts: each "false schema" error a piece reports
 * where another piece was cut out is replaced by that piece's errors on the value there, with
 * their paths made whole again. The result is what the uncut schema reports, in the same order.
 *
 * With `remember`, the errors of each object a piece validated are kept (weakly) and given again
 * for the same object: for callers that never change a submission in place, but replace the
 * objects along a changed path (the incremental evaluator), so that typing in one row of a long
 * table validates that row, its part and the envelope, not every row.
 *
 * Self-contained (no outside names), because `compileStandaloneValidators` writes its source into
 * the generated module.
 */
import type { CompiledValidateFunction, SplitPlan } from "../types.js";

interface PieceError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
}

export function composeSplit(plan: SplitPlan, functions: readonly CompiledValidateFunction[], remember: boolean): CompiledValidateFunction {
  const { points } = plan;
  // Each piece's place as Ajv writes it in a schemaPath: the pointer's segments URI-encoded.
  const paths = points.map((point) => point.at.split("/").map(encodeURIComponent).join("/"));
  // For each piece: the schema path of the "false schema" error that stands for each piece cut out of it.
  const cutOut = points.map((_point, index) => {
    const map = new Map<string, number>();
    points.forEach((child, childIndex) => {
      if (child.parent === index) map.set(`#${(paths[childIndex] as string).slice((paths[index] as string).length)}/false schema`, childIndex);
    });
    return map;
  });
  const kept = points.map(() => (remember ? new WeakMap<object, readonly PieceError[]>() : undefined));

  const none: readonly PieceError[] = [];
  // The value at a path relative to `value` (Ajv's instancePath: a JSON pointer). Written out here,
  // not imported from the model, because this function's own text is copied into precompiled validator modules.
  const valueAt = (value: unknown, pointer: string): unknown => {
    let node = value;
    let start = 1;
    while (start <= pointer.length && typeof node === "object" && node !== null) {
      const end = pointer.indexOf("/", start);
      const segment = pointer.slice(start, end === -1 ? pointer.length : end);
      node = (node as Record<string, unknown>)[segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment];
      if (end === -1) return node;
      start = end + 1;
    }
    return start > pointer.length ? node : undefined;
  };

  const errorsOf = (index: number, value: unknown): readonly PieceError[] => {
    const memo = kept[index];
    const keyed = memo !== undefined && typeof value === "object" && value !== null;
    if (keyed) {
      const known = memo.get(value);
      if (known) return known;
    }
    const validate = functions[index] as CompiledValidateFunction;
    if (validate(value)) {
      if (keyed) memo.set(value, none);
      return none;
    }
    const errors: PieceError[] = [];
    for (const error of (validate.errors ?? []) as PieceError[]) {
      const child = error.keyword === "false schema" ? cutOut[index]?.get(error.schemaPath) : undefined;
      if (child === undefined) {
        errors.push(error);
        continue;
      }
      const prefix = (paths[child] as string).slice((paths[index] as string).length);
      for (const inner of errorsOf(child, valueAt(value, error.instancePath))) {
        errors.push({ ...inner, instancePath: error.instancePath + inner.instancePath, schemaPath: `#${prefix}${inner.schemaPath.slice(1)}` });
      }
    }
    if (keyed) memo.set(value, errors);
    return errors;
  };

  const validate = (data: unknown): boolean => {
    const errors = errorsOf(0, data);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  validate.errors = null as readonly unknown[] | null;
  return validate;
}
