/** The editor's words in Chinese and English; the page switches between them. */
import type { Lang } from "@cluster-form/schema";
import { en } from "./en.js";
import type { EditorMessages } from "./types.js";
import { zh } from "./zh.js";

export type { EditorMessages } from "./types.js";

const catalogs: Readonly<Record<Lang, EditorMessages>> = { zh, en };

export const editorText = (lang: Lang): EditorMessages => catalogs[lang];

/** Each language's name in itself, as a language switch shows it whatever the page's language. */
export const languageNames: Readonly<Record<Lang, string>> = { zh: "中文", en: "English" };
