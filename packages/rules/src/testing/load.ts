/**
 * `loadRuleTests(formDir)`: the rule test files of a form folder (`tests/*.json`, or the folder the
 * manifest names in `tests`), checked enough that a misspelt key cannot make a case pass unseen.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { FormDefinitionError, isRecord } from "@cluster-form/schema";
import { ruleTestsFromTexts } from "./texts.js";
import type { RuleTestSource } from "./types.js";

async function testsFolder(formDir: string): Promise<string> {
  try {
    const manifest: unknown = JSON.parse(await readFile(join(formDir, "form.json"), "utf8"));
    if (isRecord(manifest) && typeof manifest.tests === "string") return manifest.tests;
  } catch {
    // The loader reports a broken manifest; tests then live in the default folder.
  }
  return "tests";
}

export async function loadRuleTests(formDir: string): Promise<RuleTestSource[]> {
  const folder = await testsFolder(formDir);
  let names: string[];
  try {
    names = (await readdir(join(formDir, folder))).filter((name) => name.endsWith(".json")).sort();
  } catch {
    return [];
  }
  const texts: { file: string; text: string }[] = [];
  for (const name of names) {
    const file = posix.join(folder, name);
    texts.push({ file, text: await readFile(join(formDir, folder, name), "utf8") });
  }
  const { sources, findings } = ruleTestsFromTexts(texts);
  if (findings.length > 0) throw new FormDefinitionError(findings, formDir);
  return sources;
}
