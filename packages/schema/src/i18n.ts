/**
 * How every package translates: a catalog per feature, written once per language, and one helper.
 * A catalog's type lives beside its wording (`<feature>.catalog.ts`); the Chinese and English
 * files import only that type, so no catalog depends on the code that uses it.
 */
import type { LocalizedMessage } from "./types.js";

/** The languages of every message: Chinese, the forms' working language, and English. */
export type Lang = "zh" | "en";

/** Every `Lang`, Chinese first. */
export const LANGS: readonly Lang[] = ["zh", "en"];

/** One catalog in each language. */
export type Catalogs<Catalog> = Readonly<Record<Lang, Catalog>>;

/** A message in both languages: `pick` reads it from one language's catalog. */
export function translate<Catalog>(catalogs: Catalogs<Catalog>, pick: (catalog: Catalog) => string): LocalizedMessage {
  return { zh: pick(catalogs.zh), en: pick(catalogs.en) };
}

/**
 * The language of a language tag (`zh-CN`, `en-GB`, a form's `locale`): English for `en…`,
 * Chinese for `zh…`, `fallback` for any other tag.
 */
export function langOf(tag: string, fallback: Lang = "zh"): Lang {
  const lower = tag.toLowerCase();
  if (lower.startsWith("en")) return "en";
  if (lower.startsWith("zh")) return "zh";
  return fallback;
}

/** A catalog's message function: `message(key, ...params)` gives that key's message in both languages. */
export function messageFrom<Catalog extends { readonly [K in keyof Catalog]: (...params: never[]) => string }>(catalogs: Catalogs<Catalog>) {
  return <K extends keyof Catalog>(key: K, ...params: Parameters<Catalog[K]>): LocalizedMessage =>
    translate(catalogs, (catalog) => (catalog[key] as (...args: Parameters<Catalog[K]>) => string)(...params));
}
