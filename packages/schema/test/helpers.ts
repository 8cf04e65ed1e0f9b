/** Shared helpers of the schema tests. */
import { fileURLToPath } from "node:url";
import { checkDefinition, FormDefinitionError } from "../src/index.js";
import type { DefinitionFinding } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";

export const fixture = (path: string): string => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

/** A path in the repository (the real forms, the examples' sample data). */
export const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The real forms of the repository. */
export const FORMS = ["2020-handbook", "2021-application"] as const;

/** Whatever is wrong with a form folder: the loader's findings if it cannot load, else checkDefinition's. */
export async function findingsOf(dir: string): Promise<DefinitionFinding[]> {
  try {
    return checkDefinition(await loadFormFolder(dir));
  } catch (error) {
    if (error instanceof FormDefinitionError) return error.findings;
    throw error;
  }
}

export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
