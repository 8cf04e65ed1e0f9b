import { langOf, type LocalizedMessage } from "@cluster-form/schema";
import { en } from "./en.js";
import type { Messages } from "./messages.catalog.js";
import { zhCN } from "./zh-CN.js";

export type { Messages } from "./messages.catalog.js";

/** The catalogs by language tag; the element picks one from its `lang`. */
export const catalogs: Readonly<Record<string, Messages>> = { "zh-CN": zhCN, en };

const byLang = { zh: zhCN, en } as const;

/** The catalog of the element's `lang` (a language tag): English for `en…`, else Chinese. */
export function messagesFor(lang: string): Messages {
  return byLang[langOf(lang)];
}

/** Picks the language of a message written in the form files. */
export function localize(message: LocalizedMessage | undefined, lang: string): string {
  return message ? message[langOf(lang)] : "";
}
