/** The editor page's words, paired by language; the page switches between them. */
import type { Catalogs, Lang } from "@cluster-form/schema";
import type { EditorMessages } from "./editor.catalog.js";
import { editorEn } from "./editor.en.js";
import { editorZh } from "./editor.zh.js";

export type { EditorMessages } from "./editor.catalog.js";

export const editorCatalogs: Catalogs<EditorMessages> = { zh: editorZh, en: editorEn };

export const editorText = (lang: Lang): EditorMessages => editorCatalogs[lang];

/** Each language's name in itself, as a language switch shows it whatever the page's language. */
export const languageNames: Readonly<Record<Lang, string>> = { zh: editorZh.app.languageName, en: editorEn.app.languageName };
