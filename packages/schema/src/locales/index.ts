/** The message catalog: every message of the package in Chinese and English. */
import type { LocalizedMessage } from "../types.js";
import { en } from "./en.js";
import type { MessageCatalog, MessageKey } from "./en.js";
import { zh } from "./zh.js";

export type { MessageCatalog, MessageKey };
export type Language = "zh" | "en";
export const catalogs: Readonly<Record<Language, MessageCatalog>> = { zh, en };

type ParamsOf<K extends MessageKey> = Parameters<MessageCatalog[K]>;

/** The message `key` in both languages. */
export function message<K extends MessageKey>(key: K, ...params: ParamsOf<K>): LocalizedMessage {
  const render = (catalog: MessageCatalog): string =>
    (catalog[key] as (...args: ParamsOf<K>) => string)(...params);
  return { zh: render(zh), en: render(en) };
}
