/** A diff as text for people: grouped by part, one sentence per change, in Chinese or English. */
import { ownValue, type Catalogs, type Lang } from "@cluster-form/schema";
import type { DiffCatalog } from "../locales/diff.catalog.js";
import { diffEn } from "../locales/diff.en.js";
import { diffZh } from "../locales/diff.zh.js";
import type { FormChange, FormDiff } from "./types.js";

export type { ChangeOf, DiffCatalog } from "../locales/diff.catalog.js";

export const diffCatalogs: Catalogs<DiffCatalog> = { zh: diffZh, en: diffEn };

export function describeChange(change: FormChange, lang: Lang): string {
  const describe = diffCatalogs[lang].changes[change.kind] as (c: FormChange) => string;
  return describe(change);
}

const partOf = (change: FormChange): string | undefined => ("part" in change ? change.part : undefined);

export function formatDiff(diff: FormDiff, lang: Lang = "zh"): string {
  const catalog = diffCatalogs[lang];
  const lines = [catalog.header(diff.from, diff.to)];
  if (diff.changes.length === 0) return [...lines, catalog.none].join("\n") + "\n";
  const formLevel = diff.changes.filter((c) => partOf(c) === undefined);
  const byPart = new Map<string, FormChange[]>();
  for (const change of diff.changes) {
    const part = partOf(change);
    if (part === undefined) continue;
    const list = byPart.get(part) ?? [];
    list.push(change);
    byPart.set(part, list);
  }
  if (formLevel.length > 0) {
    lines.push("", catalog.formSection);
    for (const change of formLevel) lines.push(`  - ${describeChange(change, lang)}`);
  }
  for (const [part, changes] of byPart) {
    lines.push("", catalog.partSection(ownValue(diff.partTitles, part) ?? part, part));
    for (const change of changes) lines.push(`  - ${describeChange(change, lang)}`);
  }
  lines.push("", catalog.count(diff.changes.length));
  return lines.join("\n") + "\n";
}
