/**
 * Validating submissions against a form (the envelope, the parts' data, the typed scores) with
 * validate functions made beforehand: by `cluster-form build` (precompiled) or by Ajv's compiler
 * (./compile.ts). This module never imports the compiler, so a browser bundle built on it carries none.
 */
import { message } from "../locales/index.js";
import { isRecord } from "../model/record.js";
import type {
  CompiledValidateFunction,
  DataFinding,
  FormPackage,
  PrecompiledValidators,
  SubmissionValidator,
  ValidationMode,
} from "../types.js";
import type { ErrorObject } from "ajv";
import { deepEqualTrapAt } from "../json/deep-equal-trap.js";
import { dataFindings } from "./findings.js";
import { listBoundFindings, type CleanSubtrees } from "./bounds.js";
import { submissionSchemas } from "./schema.js";
import type { InputLimits } from "./size.js";
import { exceedsLimits, MAX_SUBMISSION_DEPTH, rememberingLimits, UNBOUNDED_FORM_SUBMISSION_BYTES } from "./size.js";

export interface ValidatorOptions {
  /**
   * Default: the form's own (`submissionLimits(pkg)`: its largest submission, 64 levels of nesting),
   * as the validators carry them (`cluster-form build` writes them into the module, the compiler
   * computes them); for validators that carry none, the fixed limits of a form without bounds.
   */
  readonly limits?: Partial<InputLimits>;
  /**
   * Remember the errors of each part and row object validated (./compose.ts) and each object's
   * size (./size.ts), and give them again for the same object: only for callers that never change
   * a submission in place once validated, but replace the objects along a changed path (as
   * `<cluster-form>` does). Off by default.
   */
  readonly incremental?: boolean;
}

/**
 * This validator's own functions when it remembers errors per object: composed anew from the
 * shared pieces with the composition the validators carry, so that what one validator remembers
 * never serves another.
 */
function rememberingFunctions(validators: PrecompiledValidators): Record<ValidationMode, CompiledValidateFunction> | undefined {
  const { split } = validators;
  // A module written by an older `cluster-form build` has no pieces, or no composition: it validates whole.
  if (!split || !Array.isArray(split.functions) || split.functions.length !== split.plan?.points?.length) return undefined;
  const { compose, deriveDraft } = split;
  if (typeof compose !== "function" || typeof deriveDraft !== "function") return undefined;
  const final = compose(split.plan, split.functions, true);
  return { final, draft: deriveDraft(final) };
}

/** The limits the validators carry, else those of a form without bounds. */
function ownLimits(validators: PrecompiledValidators): InputLimits {
  const { limits } = validators;
  const valid = (n: unknown): n is number => typeof n === "number" && n > 0;
  if (limits && valid(limits.maxBytes) && valid(limits.maxDepth)) return { maxBytes: limits.maxBytes, maxDepth: limits.maxDepth };
  return { maxBytes: UNBOUNDED_FORM_SUBMISSION_BYTES, maxDepth: MAX_SUBMISSION_DEPTH };
}

function envelopeFindings(pkg: FormPackage, data: Record<string, unknown>): DataFinding[] {
  const form = data["form"];
  if (!isRecord(form)) return [];
  const { id, version } = form;
  if (typeof id === "string" && id !== pkg.manifest.id) {
    return [{ code: "submission-wrong-form", severity: "error", pointer: "/form/id", message: message("submissionWrongForm", { found: id, expected: pkg.manifest.id }) }];
  }
  if (typeof version === "string" && version !== pkg.manifest.version) {
    return [
      {
        code: "submission-version-mismatch",
        severity: "warning",
        pointer: "/form/version",
        message: message("submissionWrongVersion", { found: version, expected: pkg.manifest.version }),
      },
    ];
  }
  return [];
}

/**
 * The validator of `pkg` running `validators`: the module `cluster-form build` wrote, imported, or
 * `compileSubmissionValidators(pkg)` (./compile.ts).
 */
export function createSubmissionValidatorWith(pkg: FormPackage, validators: PrecompiledValidators, options: ValidatorOptions = {}): SubmissionValidator {
  const limits: InputLimits = { ...ownLimits(validators), ...options.limits };
  const schemas = submissionSchemas(pkg);
  const limitsExceeded = options.incremental ? rememberingLimits(limits) : (data: unknown) => exceedsLimits(data, limits);
  const withinBounds: CleanSubtrees | undefined = options.incremental ? new WeakMap() : undefined;
  // Made on first use (compiling the pieces may throw); null: none, the shared functions serve.
  let own: Record<ValidationMode, CompiledValidateFunction> | null | undefined = options.incremental ? undefined : null;
  const functionFor = (mode: ValidationMode): CompiledValidateFunction => {
    if (own === undefined) own = rememberingFunctions(validators) ?? null;
    return own?.[mode] ?? validators[mode];
  };
  return {
    validate(data: unknown, mode: ValidationMode): DataFinding[] {
      if (!isRecord(data)) {
        return [{ code: "submission-not-object", severity: "error", pointer: "", message: message("submissionNotObject") }];
      }
      const exceeded = limitsExceeded(data);
      if (exceeded === "size") {
        return [{ code: "submission-too-large", severity: "error", pointer: "", message: message("submissionTooLarge", { limit: `${limits.maxBytes} bytes` }) }];
      }
      if (exceeded === "depth") {
        return [{ code: "submission-too-deep", severity: "error", pointer: "", message: message("submissionTooDeep", { limit: String(limits.maxDepth) }) }];
      }
      // A list over its bound is refused before any row is validated (./bounds.ts).
      const overlong = listBoundFindings(schemas[mode], data, withinBounds);
      if (overlong.length > 0) return overlong;
      const validate = functionFor(mode);
      let valid: boolean;
      try {
        valid = validate(data);
      } catch {
        const pointer = deepEqualTrapAt(data) ?? "";
        return [{ code: "submission-uncheckable", severity: "error", pointer, message: message("submissionUncheckable", { pointer: pointer || "/" }) }];
      }
      const errors = valid ? [] : ((validate.errors ?? []) as ErrorObject[]);
      return [...envelopeFindings(pkg, data), ...dataFindings(errors, schemas[mode])];
    },
  };
}
