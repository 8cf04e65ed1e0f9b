// `pnpm run edit` (plain `pnpm edit` is npm's own edit command): the form editor on next year's handbook, made the way policy staff make it. The first run
// copies forms/2020-handbook with `cluster-form new-year` into .tmp/edit-demo/2021-handbook (ignored by
// git); later runs open that copy again, edits included. The repository's own forms are never edited
// here: to edit one of them, run `cluster-form edit forms/<name>` yourself. Extra arguments (--port,
// --no-open) go to `cluster-form edit`. Needs the packages built once (`pnpm build`).
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "packages/cli/bin/cluster-form.js");
const base = join(root, "forms/2020-handbook");
const copy = join(root, ".tmp/edit-demo/2021-handbook");

for (const built of ["packages/cli/dist/cli.js", "packages/editor/dist/index.js", "packages/editor/dist/app/editor.js", "packages/renderer/dist/cluster-form.bundle.js"]) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: build the packages once with \`pnpm build\`.`);
    process.exit(1);
  }
}
if (!existsSync(join(copy, "form.json"))) {
  execFileSync(process.execPath, [cli, "new-year", base, copy, "--year", "2021"], { stdio: "inherit" });
}
const editor = spawn(process.execPath, [cli, "edit", copy, "--base", base, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => editor.kill(signal));
editor.on("exit", (code) => process.exit(code ?? 0));
