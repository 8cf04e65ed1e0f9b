/** The fixture form as FormFiles (one JSON document, as `bundleFormFiles` makes), optionally altered by a test. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { FormFiles } from "@cluster-form/schema";
import { repoRoot } from "./server.js";

export const fixtureDir = join(repoRoot, "packages/renderer/test/fixtures/mini-form");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function fixtureFiles(edit: (files: Record<string, unknown>) => void = () => {}): FormFiles {
  const parsed: Record<string, unknown> = {};
  for (const path of walk(fixtureDir)) parsed[relative(fixtureDir, path).split(sep).join("/")] = JSON.parse(readFileSync(path, "utf8"));
  edit(parsed);
  return { origin: "fixture", files: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, JSON.stringify(v, null, 2)])) };
}
