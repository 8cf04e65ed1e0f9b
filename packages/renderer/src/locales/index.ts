import type { LocalizedMessage } from "@cluster-form/schema";
import { en } from "./en.js";
import type { Messages } from "./types.js";
import { zhCN } from "./zh-CN.js";

export type { Messages } from "./types.js";

/** The catalogs by language tag; the element picks one from its `lang`. */
export const catalogs: Readonly<Record<string, Messages>> = { "zh-CN": zhCN, en };

export const isEnglish = (lang: string): boolean => lang.toLowerCase().startsWith("en");

export function messagesFor(lang: string): Messages {
  return isEnglish(lang) ? en : zhCN;
}

/** Picks the language of a message written in the form files. */
export function localize(message: LocalizedMessage | undefined, lang: string): string {
  if (!message) return "";
  return isEnglish(lang) ? message.en : message.zh;
}
