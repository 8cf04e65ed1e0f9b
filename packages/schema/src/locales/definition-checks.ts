/** A definition check's message in Chinese and English, for the checks a page runs too (a raw form's patterns). */
import { messageFrom } from "../i18n.js";
import { definitionChecksEn } from "./definition-checks.en.js";
import { definitionChecksZh } from "./definition-checks.zh.js";

export const definitionCheckMessage = /* @__PURE__ */ messageFrom({ zh: definitionChecksZh, en: definitionChecksEn });
