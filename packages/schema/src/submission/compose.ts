/**
 * One validate function from the pieces of ./split.ts: where a piece was cut out of its parent,
 * the parent's code (./piece-keyword.ts) asks the router for that piece's errors on the value
 * there and puts them, with their paths made whole again, where the uncut schema reports them.
 * The result is what the uncut schema reports, in the same order.
 *
 * With `remember`, the errors of each object a piece validated are kept (weakly) and given again
 * for the same object: for callers that never change a submission in place, but replace the
 * objects along a changed path (the incremental evaluator), so that typing in one row of a long
 * table validates that row, its part and the envelope, not every row.
 *
 * With `draft`, the `required` errors of the parts and rows are left out as they are routed: the
 * ones `deriveDraft` (./draft.ts) drops, never copied into their parents' errors. Its result still
 * goes through `deriveDraft`, for the parts validated whole in the envelope's piece.
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

/**
 * What the pieces' code calls for each value of a piece cut out of them: that piece's errors on
 * it, with `instancePath` (where it is) before theirs, or null. Set by the composition running.
 */
export interface PieceRouter {
  current: ((piece: number, value: unknown, instancePath: string) => readonly unknown[] | null) | null;
}

export function composeSplit(
  plan: SplitPlan,
  functions: readonly CompiledValidateFunction[],
  remember: boolean,
  router: PieceRouter,
  draft = false,
): CompiledValidateFunction {
  const { points } = plan;
  // Each piece's place as Ajv writes it in a schemaPath: the pointer's segments URI-encoded.
  const paths = points.map((point) => point.at.split("/").map(encodeURIComponent).join("/"));
  // Each piece's place below its parent's, as a schemaPath fragment (for its errors' schemaPath).
  const prefixes = points.map((point, index) => (paths[index] as string).slice(point.parent < 0 ? 0 : (paths[point.parent] as string).length));
  // The pieces whose `required` errors a draft drops: those under the parts (`deriveDraft`'s test on the whole schemaPath).
  const optional = paths.map((path) => draft && path.startsWith("/properties/data/"));
  const kept = points.map(() => (remember ? new WeakMap<object, readonly PieceError[]>() : undefined));
  const none: readonly PieceError[] = [];

  /** A piece's errors on `value`, their paths relative to it (its own cut-out pieces' errors among them). */
  const errorsOf = (index: number, value: unknown): readonly PieceError[] => {
    const memo = kept[index];
    const keyed = memo !== undefined && typeof value === "object" && value !== null;
    if (keyed) {
      const known = memo.get(value);
      if (known) return known;
    }
    const validate = functions[index] as CompiledValidateFunction;
    // A piece's errors are a new list each time it runs: kept as they are.
    const errors = validate(value) ? none : ((validate.errors ?? none) as readonly PieceError[]);
    if (keyed) memo.set(value, errors);
    return errors;
  };

  const route = (index: number, value: unknown, instancePath: string): PieceError[] | null => {
    const inner = errorsOf(index, value);
    if (inner.length === 0) return null;
    const prefix = `#${prefixes[index] as string}`;
    const dropsRequired = optional[index] === true;
    const routed: PieceError[] = [];
    for (const one of inner) {
      if (dropsRequired && one.keyword === "required") continue;
      // New objects: the remembered ones stay relative to their piece.
      routed.push({ ...one, instancePath: instancePath + one.instancePath, schemaPath: prefix + one.schemaPath.slice(1) });
    }
    return routed.length > 0 ? routed : null;
  };

  const validate = (data: unknown): boolean => {
    const outer = router.current;
    router.current = route;
    let errors: readonly PieceError[];
    try {
      errors = errorsOf(0, data);
    } finally {
      router.current = outer;
    }
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  validate.errors = null as readonly unknown[] | null;
  return validate;
}
