/** Every message of @cluster-form/schema, in Chinese and English: the package's public catalogs. */
import { messageFrom, type Catalogs } from "../i18n.js";
import { definitionChecksEn } from "./definition-checks.en.js";
import { definitionChecksZh } from "./definition-checks.zh.js";
import { en } from "./en.js";
import { jsonSyntaxEn } from "./json-syntax.en.js";
import { jsonSyntaxZh } from "./json-syntax.zh.js";
import type { MessageCatalog, MessageKey } from "./messages.catalog.js";
import { zh } from "./zh.js";

export type { MessageCatalog, MessageKey };
export const catalogs: Catalogs<MessageCatalog> = {
  zh: { ...zh, ...jsonSyntaxZh, ...definitionChecksZh },
  en: { ...en, ...jsonSyntaxEn, ...definitionChecksEn },
};

/** Any message of the package in both languages (a definition check's too). */
export const message = /* @__PURE__ */ messageFrom(catalogs);
