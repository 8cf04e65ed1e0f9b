#!/usr/bin/env node
// The demo: the built <cluster-form> bundle on a page, as an embedding site would use it.
// `pnpm start` at the repository root builds the packages and runs this. PORT (default 4173) and HOST may be set;
// `pnpm start --preview <form folder>` also shows a form being edited (see docs/policy-staff.zh.md);
// `cluster-form preview <form folder>` does that faster, without building the packages or writing a file.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { createDemoServer } from "./demo-site.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
// DEMO_SKIP_BUILD=1 serves the files as they are (the other examples' tests need no build step).
const skipBuild = process.env.DEMO_SKIP_BUILD === "1";
const required = ["packages/renderer/dist/cluster-form.bundle.js", "packages/renderer/dist/cluster-form.csp.bundle.js", ...(skipBuild ? [] : ["packages/cli/dist/cli.js"])];
for (const file of required) {
  if (!existsSync(root + file)) {
    console.error(`${file} is missing: build the packages first (pnpm build, or pnpm start, which builds and serves).`);
    process.exit(1);
  }
}

// What an embedding site does at deploy time: `cluster-form build` turns each form into one JSON
// document and a module of precompiled validators, so the page runs under a strict CSP (no eval).
// `--preview <form folder>` (or PREVIEW_FORM) also builds a form from anywhere, e.g. next year's
// form being edited, and offers it on the page as "preview".
// Each file is written aside and then renamed into place, so that a page never reads a half-written file.
const { values: args } = parseArgs({ options: { preview: { type: "string" } } });
const preview = args.preview ?? process.env.PREVIEW_FORM;
const cli = root + "packages/cli/dist/cli.js"; // what the cluster-form command runs
const buildDir = root + "examples/demo/build/";
const aside = `${buildDir}.tmp-${process.pid}/`;

async function buildForm(formDir, name) {
  try {
    await run(process.execPath, [cli, "build", formDir, "--out", aside + name], { cwd: root });
  } catch (error) {
    console.error(`cluster-form build ${formDir} failed:\n${error.stdout ?? ""}${error.stderr || error.message}`);
    process.exit(1);
  }
  await mkdir(buildDir + name, { recursive: true });
  for (const file of await readdir(aside + name)) await rename(`${aside}${name}/${file}`, `${buildDir}${name}/${file}`);
}

const forms = skipBuild ? [] : (await readdir(root + "forms", { withFileTypes: true })).filter((entry) => entry.isDirectory() && existsSync(`${root}forms/${entry.name}/form.json`));
const built = forms.map((entry) => entry.name);
await Promise.all([
  ...forms.map((entry) => buildForm(`forms/${entry.name}`, entry.name)),
  ...(preview ? [buildForm(resolve(preview), "preview")] : []),
]);
if (preview) {
  built.push(`preview (${preview})`);
} else if (!skipBuild) {
  await rm(buildDir + "preview", { recursive: true, force: true });
}
if (!skipBuild) {
  // The page reads which forms are built (the preview is optional).
  await mkdir(aside, { recursive: true });
  await writeFile(`${aside}index.json`, JSON.stringify({ forms: [...built.map((name) => name.split(" ")[0])] }) + "\n");
  await rename(`${aside}index.json`, `${buildDir}index.json`);
}
await rm(aside, { recursive: true, force: true });

const server = await createDemoServer(root);
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? "127.0.0.1";
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is taken: set another with PORT=4174 pnpm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  const shown = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
  const url = `http://${shown}:${typeof address === "object" && address ? address.port : port}/`;
  console.log(`cluster-form demo on ${url}  (forms built: ${built.join(", ") || "none"}; other examples: ${url}examples/plain-html/ · Ctrl+C stops it)`);
  if (preview) console.log(`preview of ${preview}: ${url}?form=preview`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
