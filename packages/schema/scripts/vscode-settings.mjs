// Writes the repository's .vscode/settings.json so that VS Code checks form files offline.
// VS Code resolves a file's "$schema" before any file pattern, and would try to download
// https://cluster-form.dev/…; registering each $id with the local meta-schema's content avoids that.
// Usage: node scripts/vscode-settings.mjs [--check]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const metaDir = new URL("../meta/", import.meta.url);
const settingsFile = new URL("../../../.vscode/settings.json", import.meta.url);

/** Form files that get a meta-schema even before they name one in "$schema". */
const fileMatch = {
  "manifest.json": ["/forms/*/form.json"],
  "data-schema.json": ["/forms/*/*.schema.json", "/forms/*/parts/*.schema.json"],
  "layout.json": ["/forms/*/parts/*.layout.json"],
  "rules.json": ["/forms/*/parts/*.rules.json"],
  "summary-sheet.json": ["/forms/*/summary-sheet.json"],
  "rule-tests.json": ["/forms/*/tests/*.json"],
};

/** The json.schemas entries: one per meta-schema, keyed by its $id, content inlined. */
function schemaEntries() {
  return readdirSync(metaDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const schema = JSON.parse(readFileSync(new URL(name, metaDir), "utf8"));
      return { url: schema.$id, ...(fileMatch[name] ? { fileMatch: fileMatch[name] } : {}), schema };
    });
}

function expectedSettings(current = {}) {
  return { ...current, "json.schemas": schemaEntries() };
}

const current = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, "utf8")) : {};
const text = `${JSON.stringify(expectedSettings(current), null, 2)}\n`;
if (process.argv.includes("--check")) {
  const actual = existsSync(settingsFile) ? readFileSync(settingsFile, "utf8") : "";
  if (actual !== text) {
    console.error(`${fileURLToPath(settingsFile)} is out of date: run node packages/schema/scripts/vscode-settings.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync(new URL(".", settingsFile), { recursive: true });
  writeFileSync(settingsFile, text);
  console.log(`wrote ${fileURLToPath(settingsFile)}`);
}
