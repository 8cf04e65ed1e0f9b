/** The message catalog of the package: every message in Chinese and English. */
import { translate, type Catalogs, type Lang } from "../i18n.js";
import type { LocalizedMessage } from "../types.js";
import { en } from "./en.js";
import type { MessageCatalog, MessageKey } from "./messages.catalog.js";
import { zh } from "./zh.js";

export type { MessageCatalog, MessageKey };
/** @deprecated Use `Lang`. */
export type Language = Lang;
export const catalogs: Catalogs<MessageCatalog> = { zh, en };

type ParamsOf<K extends MessageKey> = Parameters<MessageCatalog[K]>;

/** The message `key` in both languages. */
export function message<K extends MessageKey>(key: K, ...params: ParamsOf<K>): LocalizedMessage {
  return translate(catalogs, (catalog) => (catalog[key] as (...args: ParamsOf<K>) => string)(...params));
}
