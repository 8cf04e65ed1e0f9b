/**
 * The element's words in the language of its page. Chinese, the forms' working language, is in the
 * element's bundle; English is a chunk of its own, loaded when an element first needs it, so that a
 * Chinese page never downloads it. (The public `catalogs` and `messagesFor` of ./index.ts hold both.)
 */
import { langOf, type Lang } from "@cluster-form/schema";
import type { Messages } from "./messages.catalog.js";
import type { ReviewMessages } from "./review.catalog.js";
import { zh as reviewZh } from "./review.zh.js";
import { zhCN } from "./zh-CN.js";

/** Every catalog the element draws with, in one language. */
export interface ElementWords {
  readonly messages: Messages;
  readonly review: ReviewMessages;
}

const chinese: ElementWords = { messages: zhCN, review: reviewZh };
const loaded: Partial<Record<Lang, ElementWords>> = { zh: chinese };
let english: Promise<ElementWords> | undefined;

/** Whether the words of `lang` (a language tag) are at hand: Chinese always, English once loaded. */
export const wordsLoaded = (lang: string): boolean => loaded[langOf(lang)] !== undefined;

/** The words of `lang`, loaded if need be (English once, for every element of the page). */
export function loadWords(lang: string): Promise<ElementWords> {
  const known = loaded[langOf(lang)];
  if (known) return Promise.resolve(known);
  english ??= import("./english.js").then(({ englishWords }) => (loaded.en = englishWords));
  return english;
}

/** The words of `lang` if loaded, else the Chinese ones (which stand in until English arrives). */
export const wordsFor = (lang: string): ElementWords => loaded[langOf(lang)] ?? chinese;
