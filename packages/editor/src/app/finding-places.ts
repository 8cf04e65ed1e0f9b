/**
 * Where each finding is shown: beside the nearest thing of the outline the officer sees (a box, a
 * rule, a branch, a criterion, a field or list, a part), found by its file and pointer. A finding
 * inside an item goes to the deepest place that contains it; one in a part's file outside every item
 * (a layout block, the schema's `required`) to the part; the rest (test files, the form as a whole)
 * to the form. Every finding has exactly one place.
 */
import type { DefinitionFinding, FormPackage } from "@cluster-form/schema";
import type { Outline, OutlineField, Site } from "../edits/types.js";
import { siteKey } from "./form-state.js";

export interface FindingPlaces {
  /** Findings by the place (site key) they are shown at. */
  readonly at: ReadonlyMap<string, readonly DefinitionFinding[]>;
  /** The part each place belongs to (for counts in the outline); form-level places have none. */
  readonly partOf: ReadonlyMap<string, string>;
  /** The site key of the place a finding is shown at. */
  readonly placeOf: ReadonlyMap<DefinitionFinding, string>;
}

export const FORM_PLACE = "form";

const at = (site: Site, ...keys: (string | number)[]): Site => ({ file: site.file, pointer: [site.pointer, ...keys].join("/") });

/** Every site the views show findings at, with its part: the same places `partView` draws. */
export function placesOf(outline: Outline): { site: Site; part: string }[] {
  const places: { site: Site; part: string }[] = [];
  for (const part of outline.parts) {
    const add = (site: Site): void => void places.push({ site, part: part.id });
    const field = (f: OutlineField): void => {
      add(f.site);
      add(at(f.site, "title"));
      if (f.unit !== undefined) add(at(f.site, "unit"));
      for (const inner of [...(f.fields ?? []), ...(f.columns ?? [])]) field(inner);
    };
    [part.site, at(part.site, "title")].forEach(add);
    if (part.points !== undefined) add(at(part.site, "points"));
    for (const c of part.criteria) {
      [c.site, at(c.site, "label"), at(c.site, "points"), at(c.site, "text"), at(c.site, "method")].forEach(add);
      for (const b of c.branches) {
        [b.site, at(b.site, "text")].forEach(add);
        if (b.award.kind === "points") add(at(b.site, "points"));
        if (b.award.kind === "logic") add(at(b.site, "logic"));
        if (b.award.kind === "judgement") add(at(b.site, "judgement"));
        if (b.condition !== undefined) add(at(b.site, "when"));
      }
    }
    part.fields.forEach(field);
    for (const text of part.texts) add(text.site);
    for (const c of part.computed) [c.site, at(c.site, "label"), at(c.site, "logic")].forEach(add);
  }
  return places;
}

const contains = (outer: string, inner: string): boolean => outer === "" || inner === outer || inner.startsWith(`${outer}/`);

export function placeFindings(outline: Outline, pkg: FormPackage, findings: readonly DefinitionFinding[]): FindingPlaces {
  const byFile = new Map<string, { site: Site; part: string }[]>();
  for (const place of placesOf(outline)) {
    const list = byFile.get(place.site.file) ?? [];
    list.push(place);
    byFile.set(place.site.file, list);
  }
  const partByFile = new Map<string, string>();
  for (const ref of pkg.manifest.parts) for (const file of [ref.schema, ref.layout, ref.rules]) if (file) partByFile.set(file, ref.id);
  const partSite = new Map(outline.parts.map((p) => [p.id, siteKey(p.site)]));

  const shown = new Map<string, DefinitionFinding[]>();
  const partOf = new Map<string, string>();
  const placeOf = new Map<DefinitionFinding, string>();
  for (const finding of findings) {
    const { file, pointer } = finding.location;
    let best: { site: Site; part: string } | undefined;
    for (const place of byFile.get(file) ?? []) {
      if (contains(place.site.pointer, pointer) && (!best || place.site.pointer.length > best.site.pointer.length)) best = place;
    }
    const part = best?.part ?? partByFile.get(file);
    const key = best ? siteKey(best.site) : part !== undefined ? (partSite.get(part) ?? FORM_PLACE) : FORM_PLACE;
    if (part !== undefined && key !== FORM_PLACE) partOf.set(key, part);
    placeOf.set(finding, key);
    shown.set(key, [...(shown.get(key) ?? []), finding]);
  }
  return { at: shown, partOf, placeOf };
}
