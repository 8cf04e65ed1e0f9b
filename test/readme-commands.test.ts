/**
 * Every command the documentation gives runs on a machine with only Node and npm: pnpm is called
 * as `npx -y pnpm@<the version package.json pins>`, never as a bare `pnpm`, which such a machine lacks.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string };
const markdown = execFileSync("git", ["ls-files", "*.md"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => file && !file.includes("node_modules/") && !file.includes("/fixtures/"));

/** Code in a Markdown text: fenced blocks and `inline` spans, with their line numbers. */
function codeLines(text: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  let fenced = false;
  text.split("\n").forEach((line, index) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (fenced) out.push({ line: index + 1, code: line });
    else for (const match of line.matchAll(/`([^`]+)`/g)) out.push({ line: index + 1, code: match[1] ?? "" });
  });
  return out;
}

describe("commands in the documentation", () => {
  it("call pnpm through npx with the pinned version", () => {
    expect(packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+$/);
    const bare: string[] = [];
    for (const file of markdown) {
      for (const { line, code } of codeLines(readFileSync(join(root, file), "utf8"))) {
        for (const match of code.matchAll(/(?<![\w@/.-])pnpm(@[\w.]+)?(?= |$)/g)) {
          const before = code.slice(0, match.index);
          const throughNpx = /npx -y $/.test(before) && match[1] === packageManager.slice("pnpm".length);
          if (!throughNpx) bare.push(`${file}:${line}: ${code.trim()}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });
});
