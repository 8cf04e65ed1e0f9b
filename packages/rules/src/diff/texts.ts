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

type Block = Record<string, unknown>;

const blocksOf = (layout: LayoutFile): Block[] => arrayOf(layout.blocks).filter(isObject);
const ownIdentity = (block: Block): string | undefined =>
  typeof block.id === "string" ? `#${block.id}` : typeof block.field === "string" ? `@${block.field}` : undefined;

/**
 * Which block of one layout is which of the other: by id, else by the field it shows; blocks with
 * neither (texts, criteria tables) by the same widget and texts, then in order among the rest of
 * their widget. So a block inserted above does not make every text below it a changed one.
 */
function blockIdentities(before: readonly Block[], after: readonly Block[]): [string[], string[]] {
  const was = before.map((b) => ownIdentity(b) ?? "");
  const now = after.map((b) => ownIdentity(b) ?? "");
  const signature = (b: Block): string => `${String(b.widget)}\n${JSON.stringify([...visibleTexts(b)])}`;
  let next = 0;
  const pair = (same: (a: Block, b: Block) => boolean): void => {
    after.forEach((block, i) => {
      if (now[i] !== "") return;
      const j = before.findIndex((other, k) => was[k] === "" && same(other, block));
      if (j < 0) return;
      was[j] = now[i] = `~${next++}`;
    });
  };
  pair((a, b) => signature(a) === signature(b));
  pair((a, b) => a.widget === b.widget);
  return [was.map((id, i) => id || `-${i}`), now.map((id, i) => id || `+${i}`)];
}

/** A layout's visible texts by block identity and pointer inside the block, each with its pointer in the file. */
function blockTexts(blocks: readonly Block[], identities: readonly string[]): Map<string, { pointer: string; text: string }> {
  const texts = new Map<string, { pointer: string; text: string }>();
  blocks.forEach((block, i) => {
    for (const [pointer, text] of visibleTexts(block)) texts.set(`${identities[i]}${pointer}`, { pointer: childPointer("/blocks", i) + pointer, text });
  });
  return texts;
}

export function diffLayoutTexts(part: string, before: LayoutFile, after: LayoutFile, out: FormChange[]): void {
  const [oldBlocks, newBlocks] = [blocksOf(before), blocksOf(after)];
  const [oldIds, newIds] = blockIdentities(oldBlocks, newBlocks);
  const was = blockTexts(oldBlocks, oldIds);
  const now = blockTexts(newBlocks, newIds);
  for (const [key, { pointer, text }] of now) {
    const previous = was.get(key)?.text ?? null;
    if (previous !== text) out.push({ kind: "layout.text", part, pointer, from: previous, to: text });
  }
  for (const [key, { pointer, text }] of was) if (!now.has(key)) out.push({ kind: "layout.text", part, pointer, from: text, to: null });
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
