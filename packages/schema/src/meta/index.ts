/** The meta-schemas of every form file kind, bundled into the code so that the browser build has them. */
import dataSchema from "../../meta/data-schema.json" with { type: "json" };
import layout from "../../meta/layout.json" with { type: "json" };
import manifest from "../../meta/manifest.json" with { type: "json" };
import ruleTests from "../../meta/rule-tests.json" with { type: "json" };
import rules from "../../meta/rules.json" with { type: "json" };
import submission from "../../meta/submission.json" with { type: "json" };
import summarySheet from "../../meta/summary-sheet.json" with { type: "json" };
import { META_SCHEMA_BASE } from "../types.js";
import type { FormFileKind } from "../types.js";

export const metaSchemas: Readonly<Record<FormFileKind, Readonly<Record<string, unknown>>>> = {
  manifest,
  "data-schema": dataSchema,
  layout,
  rules,
  "summary-sheet": summarySheet,
  "rule-tests": ruleTests,
  submission,
};

/** The `$id` (and the `$schema` a form file names) of a kind's meta-schema. */
export const metaSchemaId = (kind: FormFileKind): string => `${META_SCHEMA_BASE}${kind}.json`;
