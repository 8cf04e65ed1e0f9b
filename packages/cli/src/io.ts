/** Reading forms and files for a command, and printing findings, the way every command does it. */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { countValues, formatFinding, parseJson, submissionLimits, type DefinitionFinding, type FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { checkUnlessPassed, passesFolder } from "./checked-forms.js";
import { ReportedError, UserError } from "./errors.js";
import { cliCatalogs } from "./messages.js";
import type { CliIo, Invocation } from "./types.js";

/** The findings of an error thrown by a loader, when it carries them (FormDefinitionError). */
export function findingsOf(error: unknown): DefinitionFinding[] | undefined {
  if (typeof error !== "object" || error === null || !("findings" in error)) return undefined;
  const { findings } = error as { findings: unknown };
  return Array.isArray(findings) ? (findings as DefinitionFinding[]) : undefined;
}

export function printFindings(findings: readonly DefinitionFinding[], invocation: Invocation, stream: "stdout" | "stderr" = "stdout"): void {
  const text = cliCatalogs[invocation.lang];
  for (const finding of findings) {
    invocation.io[stream].write(`${text.severity[finding.severity]}  ${formatFinding(finding, invocation.lang)}  [${finding.code}]\n`);
  }
}

export function countBySeverity(findings: readonly { readonly severity: string }[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

/**
 * Loads a form folder; a broken form prints its findings and ends the command with exit code 1.
 * The definition checks run unless `checked` is false: commands that report them with the lint
 * findings (`lint`, `build`, `preview`) or compare forms being edited (`diff`) load unchecked.
 * A form text that passed the checks before is not checked again (checked-forms.ts).
 */
export async function loadForm(dir: string, invocation: Invocation, { checked = true }: { readonly checked?: boolean } = {}): Promise<FormPackage> {
  try {
    return await loadFormFolder(resolve(invocation.io.cwd, dir), checked ? { check: checkUnlessPassed(passesFolder(invocation.env)) } : {});
  } catch (error) {
    const findings = findingsOf(error);
    if (!findings) throw error;
    invocation.io.stderr.write(cliCatalogs[invocation.lang].formUnreadable(dir) + "\n");
    printFindings(findings, invocation, "stderr");
    throw new ReportedError();
  }
}

const tooLarge = (path: string, limit: number, invocation: Invocation): UserError => new UserError(cliCatalogs[invocation.lang].inputTooLarge(path, limit));

/** The bytes of a stream, or undefined once they pass `limit`. */
async function readStreamBytes(stream: CliIo["stdin"], limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The bytes of a file, refused past `limit` before it is read. */
async function readFileBytes(path: string, limit: number, invocation: Invocation): Promise<Buffer> {
  const full = resolve(invocation.io.cwd, path);
  let size: number;
  try {
    size = (await stat(full)).size;
  } catch (error) {
    throw unreadable(path, error, invocation);
  }
  if (size > limit) throw tooLarge(path, limit, invocation);
  try {
    return await readFile(full);
  } catch (error) {
    throw unreadable(path, error, invocation);
  }
}

/**
 * A submission of `pkg` from a file, or from standard input for `-`. Past the most text a
 * submission of the form can take (its largest, indented: `submissionLimits`) it is refused, so
 * that no file is read whole into memory only to be refused; past the most JSON values it can
 * hold, before it is parsed, since a parser builds an object per value (100 MB of `{},` would be
 * 33 million of them, and the process would run out of memory).
 */
export async function readSubmissionText(path: string, pkg: FormPackage, invocation: Invocation): Promise<string> {
  const { maxTextBytes, maxValues } = submissionLimits(pkg);
  const shown = path === "-" ? "<stdin>" : path;
  const bytes = path === "-" ? await readStreamBytes(invocation.io.stdin, maxTextBytes) : await readFileBytes(path, maxTextBytes, invocation);
  if (bytes === undefined) throw tooLarge(shown, maxTextBytes, invocation);
  if (countValues(bytes, maxValues) > maxValues) throw new UserError(cliCatalogs[invocation.lang].inputTooManyValues(shown, maxValues));
  return bytes.toString("utf8");
}

function unreadable(path: string, error: unknown, invocation: Invocation): UserError {
  const reason = typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);
  return new UserError(cliCatalogs[invocation.lang].fileUnreadable(path, reason));
}

/** Parses a JSON document a user gave; broken JSON prints where it breaks and ends the command with exit code 1. */
export function parseUserJson(file: string, text: string, invocation: Invocation): unknown {
  const parsed = parseJson(file, text);
  if (parsed.findings.length === 0) return parsed.value;
  invocation.io.stderr.write(cliCatalogs[invocation.lang].notJson(file) + "\n");
  printFindings(parsed.findings, invocation, "stderr");
  throw new ReportedError();
}

export const writeJson = (io: CliIo, value: unknown): void => {
  io.stdout.write(JSON.stringify(value, null, 2) + "\n");
};
