/**
 * Ids and keys generated from labels, so that the officer types only Chinese words. The rule,
 * documented in docs/editor.md: the label's pinyin without tones (Latin letters and digits kept),
 * in camelCase, syllables added while it is shorter than 24 characters, led by `x` if it would
 * start with a digit; `2`, `3`, … appended when the id is taken. A label read "shu zi hua zhuan xing shi fan qi ye" in pinyin → shuZiHuaZhuanXingShiFanQi.
 */
import { pinyin } from "pinyin-pro";
import type { IdOptions } from "./types.js";

const MAX_LENGTH = 24;

function words(label: string): string[] {
  const syllables = pinyin(label, { toneType: "none", type: "array", nonZh: "consecutive" });
  return syllables.flatMap((s) => s.split(/[^A-Za-z0-9]+/)).filter((w) => w !== "");
}

/** A camelCase key from a label (not yet checked against taken ones); `field` when the label has no letters or digits. */
export function keyFromLabel(label: string): string {
  let key = "";
  for (const word of words(label)) {
    const lower = word.toLowerCase();
    key += key === "" ? lower : lower[0]?.toUpperCase() + lower.slice(1);
    if (key.length >= MAX_LENGTH) break;
  }
  if (key === "") return "field";
  return /^[0-9]/.test(key) ? `x${key}` : key;
}

/** `base`, or `base2`, `base3`, … : the first not taken. */
export function unique(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** An id for a new item named `label`, unique among `options.taken`; `prefix` (`t8.`) joined in front. */
export function idFromLabel(label: string, options: IdOptions & { readonly prefix?: string } = {}): string {
  const prefix = options.prefix ?? "";
  const taken = [...(options.taken ?? [])].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  return prefix + unique(keyFromLabel(label), taken);
}
