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
  /**
   * Where a piece cut out of its parent is, in the parent's value: the property names on the way
   * (a piece is reached through `properties` alone), then, for a row, its index in the list, which
   * the error's instancePath ends with. Worked out once, so that finding a row costs no parsing.
   */
  interface Cut {
    readonly child: number;
    /** The child's place below its parent's, as a schemaPath fragment (for the child's errors' schemaPath). */
    readonly prefix: string;
    readonly keys: readonly string[];
    readonly row: boolean;
  }
  const unescape = (segment: string): string => (segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment);
  const cutOf = (child: number, parent: number, relative: string): Cut => {
    const segments = relative.split("/").slice(1).map(unescape);
    const keys: string[] = [];
    for (let i = 0; i < segments.length; i += 2) if (segments[i] === "properties") keys.push(segments[i + 1] as string);
    const prefix = (paths[child] as string).slice((paths[parent] as string).length);
    return { child, prefix, keys, row: segments[segments.length - 1] === "items" && segments.length % 2 === 1 };
  };
  // For each piece with pieces cut out of it: by the schema path of the "false schema" error that stands for each.
  const cutOut = points.map((point, index) => {
    const map = new Map<string, Cut>();
    points.forEach((child, childIndex) => {
      if (child.parent !== index) return;
      const cut = cutOf(childIndex, index, child.at.slice(point.at.length));
      map.set(`#${cut.prefix}/false schema`, cut);
    });
    return map.size > 0 ? map : undefined;
  });
  const kept = points.map(() => (remember ? new WeakMap<object, readonly PieceError[]>() : undefined));

  const none: readonly PieceError[] = [];
  // An own property, "__proto__" included (Ajv, with ownProperties, found it there).
  const own = (node: unknown, key: string): unknown =>
    key === "__proto__" ? Object.getOwnPropertyDescriptor(node, key)?.value : (node as Record<string, unknown>)[key];
  /** The value at the end of a cut's property names (for a row: its list, an array): Ajv reported the cut there, so each step exists. */
  const below = (value: unknown, cut: Cut): unknown => {
    let node = value;
    for (let i = 0; i < cut.keys.length; i++) node = own(node, cut.keys[i] as string);
    return node;
  };
  /** The row index an error's instancePath ends with. */
  const rowOf = (instancePath: string): number => Number(instancePath.slice(instancePath.lastIndexOf("/") + 1));

  /** `reported` (a piece's own errors on `value`) with each cut-out piece's errors in place of its "false schema" error. */
  const composed = (cuts: ReadonlyMap<string, Cut>, value: unknown, reported: readonly PieceError[]): readonly PieceError[] => {
    const errors: PieceError[] = [];
    // Ajv reports a row piece's "false schema" once per row, in order, nothing in between: one run per list.
    let run: Cut | undefined;
    let list: unknown;
    let row = 0;
    for (let e = 0; e < reported.length; e++) {
      const error = reported[e] as PieceError;
      const cut = error.keyword === "false schema" ? cuts.get(error.schemaPath) : undefined;
      if (cut === undefined) {
        errors.push(error);
        run = undefined;
        continue;
      }
      let target: unknown;
      if (!cut.row) target = below(value, cut);
      else {
        if (cut === run) row += 1;
        else {
          list = below(value, cut);
          row = rowOf(error.instancePath);
        }
        target = (list as readonly unknown[])[row];
      }
      run = cut;
      const inner = errorsOf(cut.child, target);
      for (let i = 0; i < inner.length; i++) {
        const one = inner[i] as PieceError;
        errors.push({ ...one, instancePath: error.instancePath + one.instancePath, schemaPath: `#${cut.prefix}${one.schemaPath.slice(1)}` });
      }
    }
    return errors.length > 0 ? errors : none;
  };

  const errorsOf = (index: number, value: unknown): readonly PieceError[] => {
    const memo = kept[index];
    const keyed = memo !== undefined && typeof value === "object" && value !== null;
    if (keyed) {
      const known = memo.get(value);
      if (known) return known;
    }
    const validate = functions[index] as CompiledValidateFunction;
    let errors = none;
    if (!validate(value)) {
      // A piece's errors are a new list each time it runs: kept as they are where nothing was cut out.
      const reported = (validate.errors ?? none) as readonly PieceError[];
      const cuts = cutOut[index];
      errors = cuts === undefined ? reported : composed(cuts, value, reported);
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
