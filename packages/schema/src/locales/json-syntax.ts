/** A JSON syntax error explained in Chinese and English (only ../json/parse.ts, loaded lazily, needs it). */
import { messageFrom } from "../i18n.js";
import { jsonSyntaxEn } from "./json-syntax.en.js";
import { jsonSyntaxZh } from "./json-syntax.zh.js";

export const jsonSyntaxMessage = /* @__PURE__ */ messageFrom({ zh: jsonSyntaxZh, en: jsonSyntaxEn });
