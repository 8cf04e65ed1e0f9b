/**
 * The parts of a sum, a growth rate, a column's total and a date in the year, changed by choosing
 * what they read: each term of a sum is read from the same kind of thing it reads now (a number,
 * a text's length, a list's count), so a sum of lengths stays a sum of lengths.
 */
import type { RuleShape } from "../types.js";
import { countOf, countableLists } from "./count.js";
import type { FormNames, ListChoice, Named } from "./names.js";

type Sum = Extract<RuleShape, { kind: "sum" }>;

/** The path a term reads (a value, a length's text, a count's list), or undefined for other terms. */
export function termPath(term: RuleShape): string | undefined {
  if (term.kind === "value") return term.path;
  if (term.kind === "length" && term.subject.kind === "value") return term.subject.path;
  if (term.kind === "listCount") return term.list;
  return undefined;
}

/** What a term can read instead: numbers for a value, texts for a length, lists for a count. */
export function termChoices(names: FormNames, term: RuleShape): readonly Named[] {
  if (term.kind === "value") return names.numbers;
  if (term.kind === "length") return names.texts;
  if (term.kind === "listCount") return countableLists(names, term);
  return [];
}

/** The term reading `path` instead (the same kind of term). */
export function termReading(term: RuleShape, path: string): RuleShape {
  if (term.kind === "value") return { kind: "value", path };
  if (term.kind === "length" && term.subject.kind === "value") return { kind: "length", subject: { kind: "value", path } };
  if (term.kind === "listCount") return countOf(term, path);
  return term;
}

export const setTerm = (sum: Sum, index: number, path: string): Sum => ({ kind: "sum", of: sum.of.map((t, i) => (i === index ? termReading(t, path) : t)) });

/** The sum with one more term like its last, reading the first choice it does not read yet (unchanged when every choice is read). */
export function addTerm(names: FormNames, sum: Sum): Sum {
  const last = sum.of[sum.of.length - 1];
  if (!last) return sum;
  const used = new Set(sum.of.map(termPath));
  const next = termChoices(names, last).find((n) => !used.has(n.path));
  return next ? { kind: "sum", of: [...sum.of, termReading(last, next.path)] } : sum;
}

/** The sum without a term; a sum keeps at least one. */
export const removeTerm = (sum: Sum, index: number): Sum => (sum.of.length <= 1 ? sum : { kind: "sum", of: sum.of.filter((_, i) => i !== index) });

/** Lists whose items have a number column (what a column's total can add up). */
export const summableLists = (names: FormNames): ListChoice[] => names.lists.filter((l) => l.columns.some((c) => c.kind === "number" || c.kind === "integer"));

/** The number columns of a list. */
export const numberColumns = (list: ListChoice | undefined): Named[] => (list?.columns ?? []).filter((c) => c.kind === "number" || c.kind === "integer");
