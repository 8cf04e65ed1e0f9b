/**
 * The definition checks' passes, remembered per form text. `score` and `summarize` start once per
 * submission or batch, and checking the 2020 handbook costs more than scoring it; a form that did
 * not change since it last passed (with `build`, `lint` or a checked command) need not be checked again.
 *
 * Only a pass is remembered, as an empty file named by a digest of every file the loader read and of
 * the checker's own code: one changed byte in a form file, or another version of the checks, and the
 * form is checked again. A form with errors is never remembered, so it is refused with its findings
 * (file, line, column, pointer) every time. The passes live in the user's cache folder, never in a
 * form's folder: a form cannot bring a verdict of its own.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkDefinition, type DefinitionCheck, type FormPackage } from "@cluster-form/schema";

/** Where passes are kept: `CLUSTER_FORM_CACHE` (empty: nowhere), else the user's cache folder; undefined when there is none. */
export function passesFolder(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const named = env.CLUSTER_FORM_CACHE;
  if (named !== undefined) return named === "" ? undefined : join(named, "checked-forms");
  const cache = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, ".cache") : env.LOCALAPPDATA);
  return cache ? join(cache, "cluster-form", "checked-forms") : undefined;
}

let checkerDigest: string | undefined;

/** The checker's identity: the code of the module that exports checkDefinition (its chunks are named by their content). */
function checker(): string {
  checkerDigest ??= createHash("sha256").update(readFileSync(fileURLToPath(import.meta.resolve("@cluster-form/schema")))).digest("hex");
  return checkerDigest;
}

/** A digest of every file the form was loaded from, with their paths, and of the checker. */
function formDigest(pkg: FormPackage): string {
  const hash = createHash("sha256").update(checker());
  for (const [path, source] of [...pkg.sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`\0${path}\0${Buffer.byteLength(source.text)}\0`).update(source.text);
  }
  return hash.digest("hex");
}

/** The file that records a pass of `pkg`; undefined when the checker cannot be identified (then nothing is remembered). */
function passFile(folder: string, pkg: FormPackage): string | undefined {
  try {
    return join(folder, `${formDigest(pkg)}.passed`);
  } catch {
    return undefined;
  }
}

function remember(file: string | undefined): void {
  if (file === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "");
  } catch {
    /* not remembered: checked again next time */
  }
}

/** Remembers that `pkg`, as loaded, passed the definition checks. A cache that cannot be written only costs the next start a check. */
export function rememberPass(folder: string | undefined, pkg: FormPackage): void {
  if (folder !== undefined) remember(passFile(folder, pkg));
}

/** `check` (the definition checks), skipped for a form text that passed them before; a pass is remembered. */
export function checkUnlessPassed(folder: string | undefined, check: DefinitionCheck = checkDefinition): DefinitionCheck {
  if (folder === undefined) return check;
  return (pkg) => {
    const file = passFile(folder, pkg);
    if (file !== undefined && existsSync(file)) return [];
    const findings = check(pkg);
    if (!findings.some((finding) => finding.severity === "error")) remember(file);
    return findings;
  };
}
