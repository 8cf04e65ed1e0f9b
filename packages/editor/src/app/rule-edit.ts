/**
 * Writing a changed rule shape back: when only one number of the rule changed (a threshold, points
 * per item, a cap), that number alone is set, and the scoring texts that quote it are offered for the
 * same change; otherwise the rule is replaced by the shape's JSON-Logic.
 */
import { formatPointer, parsePointer, valueAt, type FormPackage } from "@cluster-form/schema";
import { setThreshold, setValue, toRule } from "../edits/index.js";
import { parsedFile } from "../edits/text-edits.js";
import type { EditResult, FormTexts, RuleShape, Site, TextProposal } from "../edits/types.js";

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === "object" && value !== null;

/** Pointers (inside the rule) of the leaves that differ; undefined when the two differ in structure. */
function changedLeaves(before: unknown, after: unknown, at: (string | number)[] = []): string[] | undefined {
  if (!isContainer(before) || !isContainer(after)) return Object.is(before, after) ? [] : [formatPointer(at)];
  if (Array.isArray(before) !== Array.isArray(after)) return undefined;
  const keys = Object.keys(before);
  if (keys.length !== Object.keys(after).length || keys.some((k) => !Object.hasOwn(after, k))) return undefined;
  const leaves: string[] = [];
  for (const key of keys) {
    const inner = changedLeaves((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [...at, Array.isArray(before) ? Number(key) : key]);
    if (!inner) return undefined;
    leaves.push(...inner);
  }
  return leaves;
}

export function ruleAt(texts: FormTexts, site: Site): unknown {
  return valueAt(parsedFile(texts, site.file), parsePointer(site.pointer));
}

export function writeShape(texts: FormTexts, pkg: FormPackage, ruleSite: Site, shape: RuleShape): { result: EditResult; proposals: readonly TextProposal[] } {
  const before = ruleAt(texts, ruleSite);
  const after = toRule(shape);
  const leaves = changedLeaves(before, after);
  if (leaves?.length === 1) {
    const leaf = leaves[0] ?? "";
    const value = valueAt(after, parsePointer(leaf));
    if (typeof value === "number" && typeof valueAt(before, parsePointer(leaf)) === "number") {
      const change = setThreshold(texts, { file: ruleSite.file, pointer: ruleSite.pointer + leaf }, value);
      return { result: change, proposals: change.textProposals };
    }
  }
  return { result: setValue(texts, ruleSite, after), proposals: [] };
}
