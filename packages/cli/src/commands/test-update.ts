/** `test --update`: shows each failing case's new expectations (old → new) and writes those the officer accepts. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { applyUpdates, planUpdates, ruleTestsText, showTestValue, type ExpectationUpdate, type RuleTestReport } from "@cluster-form/rules";
import type { Invocation } from "../types.js";

const isTerminal = (stream: Readable): boolean => (stream as Readable & { isTTY?: boolean }).isTTY === true;

/** Asks one y/n question per update on a terminal; accepts all with `--yes`; accepts none otherwise. */
async function acceptedUpdates(updates: readonly ExpectationUpdate[], invocation: Invocation): Promise<ExpectationUpdate[] | undefined> {
  const { io, lang } = invocation;
  const text = ruleTestsText(lang).update;
  const describe = (update: ExpectationUpdate): string =>
    [`${update.file}  ${update.name}`, ...update.changes.map((c) => `    ${c.keys.join(".")}: ${showTestValue(c.from)} → ${showTestValue(c.to)}`)].join("\n") + "\n";
  if (invocation.options.yes === true) {
    for (const update of updates) io.stdout.write(describe(update));
    return [...updates];
  }
  if (!isTerminal(io.stdin)) {
    for (const update of updates) io.stdout.write(describe(update));
    return undefined;
  }
  const lines = createInterface({ input: io.stdin, terminal: false })[Symbol.asyncIterator]();
  const accepted: ExpectationUpdate[] = [];
  try {
    for (const update of updates) {
      io.stdout.write(describe(update) + text.question(update.name));
      const answer = await lines.next();
      if (answer.done === true) break;
      if (text.yes.includes(String(answer.value).trim().toLowerCase())) accepted.push(update);
    }
  } finally {
    await lines.return?.();
  }
  return accepted;
}

/** Resolves to true when every failing case was updated. */
export async function updateExpectations(report: RuleTestReport, formDir: string, invocation: Invocation): Promise<boolean> {
  const { io, lang } = invocation;
  const text = ruleTestsText(lang).update;
  const plan = planUpdates(report);
  io.stdout.write("\n");
  if (plan.updates.length === 0) io.stdout.write(`${text.none}\n`);
  const accepted = plan.updates.length === 0 ? [] : await acceptedUpdates(plan.updates, invocation);
  if (accepted === undefined) {
    io.stderr.write(`${text.notWritten}\n`);
    return false;
  }
  const files = [...new Set(accepted.map((u) => u.file))];
  for (const file of files) {
    const path = join(formDir, file);
    await writeFile(path, applyUpdates(await readFile(path, "utf8"), accepted.filter((u) => u.file === file)));
  }
  if (plan.updates.length > 0) io.stdout.write(`${text.written(accepted.length, files.length)}\n`);
  if (plan.needPerson.length > 0) io.stdout.write([text.needPerson, ...plan.needPerson.map((c) => `  ${c.file ?? ""}  ${c.name}`)].join("\n") + "\n");
  return accepted.length === plan.updates.length && plan.needPerson.length === 0;
}
