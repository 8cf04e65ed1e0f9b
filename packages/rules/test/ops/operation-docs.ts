// Every operation's docs, gathered from the modules of packages/rules/src/ops (each exports its
// definition and, beside it, `docs`), in the order of the registry.
import { readdirSync } from "node:fs";
import { operationDefinitions, type OperationDocs } from "../../src/index.js";

const folder = new URL("../../src/ops/", import.meta.url);
const modules = (await Promise.all(
  readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => import(new URL(name, folder).href)),
)) as { docs?: OperationDocs }[];

const found = modules.flatMap((module) => (module.docs ? [module.docs] : []));

/** Docs by registry order; an operation without docs (or docs of no registered operation) fails the tests that read this. */
export const operationDocs: readonly OperationDocs[] = operationDefinitions.map((op) => {
  const docs = found.find((entry) => entry.operation === op);
  if (!docs) throw new Error(`no docs exported beside the operation ${op.name}`);
  return docs;
});

export const unregisteredDocs: readonly OperationDocs[] = found.filter((docs) => !operationDefinitions.includes(docs.operation));
