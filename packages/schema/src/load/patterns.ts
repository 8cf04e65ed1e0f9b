/**
 * The loader's refusal of regular expressions that could backtrack catastrophically
 * (../check/pattern-safety.ts). The checker is loaded only for a form that has patterns, so that
 * a browser loading a form without any never downloads it.
 */
import { unplaced } from "../json/fast-parse.js";
import { forEachSubschema } from "../schema-walk.js";
import { isRecord } from "../model/record.js";
import type { DefinitionFinding } from "../types.js";

function hasPatterns(schema: unknown): boolean {
  let any = false;
  forEachSubschema(schema, (node) => {
    if (typeof node["pattern"] === "string" || isRecord(node["patternProperties"])) any = true;
  });
  return any;
}

/** Findings for the patterns of `schemas` (data-schema files by path, as written) that are not shown safe. */
export async function unsafePatternFindings(schemas: ReadonlyMap<string, unknown>): Promise<DefinitionFinding[]> {
  const withPatterns = [...schemas].filter(([, schema]) => hasPatterns(schema));
  if (withPatterns.length === 0) return [];
  const { patternBudget, unsafePatterns } = await import("../check/pattern-safety.js");
  const budget = patternBudget();
  return withPatterns.flatMap(([path, schema]) =>
    unsafePatterns(schema, budget).map((unsafe) => ({ code: unsafe.code, severity: "error" as const, location: unplaced(path, unsafe.pointer), message: unsafe.message })),
  );
}
