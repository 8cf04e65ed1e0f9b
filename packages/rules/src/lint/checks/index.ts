/** The static checks, in the order their findings are listed. Adding a check: write its module, list it here. */
import type { LintCheckDefinition } from "../types.js";
import { branches } from "./branches.js";
import { computedCycles } from "./computed-cycles.js";
import { criterionText } from "./criterion-text.js";
import { judgement } from "./judgement.js";
import { operandTypes } from "./operand-types.js";
import { operations } from "./operations.js";
import { points } from "./points.js";
import { textNumbers } from "./text-numbers.js";
import { varPaths } from "./var-paths.js";

export const lintChecks: readonly LintCheckDefinition[] = Object.freeze([
  operations,
  varPaths,
  operandTypes,
  computedCycles,
  points,
  judgement,
  branches,
  criterionText,
  textNumbers,
]);
