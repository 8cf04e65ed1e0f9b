// Renders the operations section of docs/rules.md from the registry, so the docs cannot drift.
import type { OperationDocs } from "../../src/index.js";
import { operationDocs } from "./operation-docs.js";

export const START = "<!-- operations:start (generated from packages/rules/src/ops by packages/rules/test/ops/docs.test.ts; do not edit) -->";
export const END = "<!-- operations:end -->";

const json = (value: unknown): string => JSON.stringify(value);

function renderOperation(op: OperationDocs): string {
  const rows = op.examples.map(([rule, data, expected]) => `| \`${json(rule)}\` | \`${json(data)}\` | \`${json(expected)}\` |`);
  return [`### \`${op.operation.name}\``, "", `\`${op.signature}\``, "", op.summary, "", "| rule | data | result |", "|---|---|---|", ...rows, ""].join("\n");
}

export function renderOperationsSection(): string {
  return [START, "", ...operationDocs.filter((docs) => docs.operation.family === "custom").map(renderOperation), END].join("\n");
}
