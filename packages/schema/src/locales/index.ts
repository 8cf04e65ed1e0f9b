/**
 * The messages a page may show (loading a form, validating a submission, edit rights), in Chinese
 * and English. A JSON syntax error's and a definition check's messages are in ./json-syntax.ts and
 * ./definition-checks.ts; ./all.ts joins every catalog for the package's public `message`.
 */
import { messageFrom, type Catalogs, type Lang } from "../i18n.js";
import { en } from "./en.js";
import type { CoreMessageCatalog } from "./messages.catalog.js";
import { zh } from "./zh.js";

/** @deprecated Use `Lang`. */
export type Language = Lang;
export const coreCatalogs: Catalogs<CoreMessageCatalog> = { zh, en };

/** The message `key` in both languages. */
export const message = /* @__PURE__ */ messageFrom(coreCatalogs);
