/** Visible texts outside fields and rules: the manifest's notes, texts printed on a part's page, the summary sheet's labels. */
import type { FormPackage, LayoutFile } from "@cluster-form/schema";
import { arrayOf, childPointer, isObject } from "../form-json/json.js";
import type { FormChange } from "./types.js";

/** Keys whose string values are printed for people (`$comment` and ids are not). */
const VISIBLE_KEYS = new Set(["text", "label", "prompt", "title", "corner", "totalLabel", "note", "criterion", "score", "total"]);
const MAX_DEPTH = 12;

/** Every visible string under `value`, by pointer. */
export function visibleTexts(value: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, childPointer(pointer, i), depth + 1));
    else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === "string" && VISIBLE_KEYS.has(key)) texts.set(childPointer(pointer, key), child);
        else if (typeof child === "object") walk(child, childPointer(pointer, key), depth + 1);
      }
    }
  };
  walk(value, "", 0);
  return texts;
}

type TextChange = (pointer: string, from: string | null, to: string | null) => FormChange;

function diffTexts(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, change: TextChange, out: FormChange[]): void {
  for (const [pointer, text] of after) {
    const was = before.get(pointer) ?? null;
    if (was !== text) out.push(change(pointer, was, text));
  }
  for (const [pointer, text] of before) if (!after.has(pointer)) out.push(change(pointer, text, null));
}

export function diffLayoutTexts(part: string, before: LayoutFile, after: LayoutFile, out: FormChange[]): void {
  diffTexts(visibleTexts(before.blocks), visibleTexts(after.blocks), (pointer, from, to) => ({ kind: "layout.text", part, pointer: `/blocks${pointer}`, from, to }), out);
}

export function diffNotes(before: FormPackage, after: FormPackage, out: FormChange[]): void {
  const notes = (pkg: FormPackage): Map<string, string> =>
    new Map(arrayOf(pkg.manifest.notes).flatMap((note, i) => (typeof note === "string" ? [[String(i + 1), note] as const] : [])));
  diffTexts(notes(before), notes(after), (index, from, to) => ({ kind: "note", index: Number(index), from, to }), out);
}

/** The sheet's title and note by key, its columns' labels by column id (so a moved column is not a changed one). */
function summaryTexts(pkg: FormPackage): Map<string, string> {
  const sheet = pkg.summarySheet;
  const texts = new Map<string, string>();
  if (!sheet) return texts;
  if (typeof sheet.title === "string") texts.set("/title", sheet.title);
  if (typeof sheet.note === "string") texts.set("/note", sheet.note);
  for (const column of arrayOf(sheet.columns)) {
    if (isObject(column) && typeof column.id === "string" && typeof column.label === "string") texts.set(childPointer("/columns", column.id, "label"), column.label);
  }
  return texts;
}

export function diffSummarySheet(before: FormPackage, after: FormPackage, out: FormChange[]): void {
  diffTexts(summaryTexts(before), summaryTexts(after), (pointer, from, to) => ({ kind: "summary.text", pointer, from, to }), out);
}
