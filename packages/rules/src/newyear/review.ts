/** Places in a copied form that still mention a year: where policy staff should look first. */
import { visit } from "jsonc-parser";
import { formatPointer } from "@cluster-form/schema";

export interface YearMention {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
  /** The key or value that mentions the year. */
  readonly text: string;
}

const yearPatterns = (years: readonly number[]): RegExp[] => years.map((y) => new RegExp(`(?<!\\d)${y}(?!\\d)`));

/** Lines of a text file (a README's notes) that mention one of the years; the pointer is empty. */
export function findYearMentionsInLines(file: string, text: string, years: readonly number[]): YearMention[] {
  const patterns = yearPatterns(years);
  return text.split("\n").flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [{ file, line: i + 1, column: 1, pointer: "", text: line.trim() }] : []));
}

export function findYearMentions(file: string, text: string, years: readonly number[]): YearMention[] {
  const patterns = yearPatterns(years);
  const mentions: YearMention[] = [];
  const add = (value: string, line: number, character: number, path: readonly (string | number)[]): void => {
    if (patterns.some((p) => p.test(value))) {
      mentions.push({ file, line: line + 1, column: character + 1, pointer: formatPointer(path), text: value });
    }
  };
  visit(text, {
    onObjectProperty(property, _offset, _length, line, character, pathSupplier) {
      if (property === "$schema" || property === "$id") return;
      add(property, line, character, [...pathSupplier(), property]);
    },
    onLiteralValue(value, _offset, _length, line, character, pathSupplier) {
      const path = pathSupplier();
      if (path[path.length - 1] === "$schema") return;
      if (typeof value === "string" || typeof value === "number") add(String(value), line, character, path);
    },
  });
  return mentions;
}
