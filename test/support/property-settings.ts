/**
 * Every property test reports its first counterexample at once, with the seed and path to replay it.
 * Shrinking a property whose check builds a form or renders took over 8 minutes of CI's 90 on one
 * failure; replay the seed locally (`fc.assert(..., { seed, path })`) to shrink it.
 */
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
