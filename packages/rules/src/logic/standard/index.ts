/** The compiled forms of json-logic-js 2.0.5's standard operations, by name (`log` and `method` are refused). */
import type { CompileOperation } from "../types.js";
import { arithmeticOperations } from "./arithmetic.js";
import { compareOperations } from "./compare.js";
import { controlOperations } from "./control.js";
import { dataOperations } from "./data.js";
import { listTextOperations } from "./lists-text.js";
import { scopeOperations } from "./scopes.js";

export const standardOperations: Readonly<Record<string, CompileOperation>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, CompileOperation>, dataOperations, controlOperations, compareOperations, arithmeticOperations, scopeOperations, listTextOperations),
);
