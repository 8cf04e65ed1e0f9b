/** The outline of a form in paper order, every item with the file and pointer where it is written. */
import { formatPointer, type DefinitionFinding, type FormPackage, type LayoutBlock, type LoadedPart } from "@cluster-form/schema";
import { recognize } from "../shapes/index.js";
import type { BranchAward, Outline, OutlineBranch, OutlineComputed, OutlineCriterion, OutlinePart, OutlineText, Site } from "../types.js";
import { partFields } from "./fields.js";

const MANIFEST = "form.json";
const at = (file: string, ...segments: (string | number)[]): Site => ({ file, pointer: formatPointer(segments) });
const textOf = (value: unknown): string => (typeof value === "string" ? value : "");
const numberOf = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** Keys of a layout block whose strings are printed: the block's own, and each entry's label in its lists. */
const BLOCK_TEXT_KEYS = ["title", "text", "prompt", "corner", "totalLabel"] as const;
const ENTRY_LISTS = ["fields", "columns", "rows"] as const;

/**
 * Texts of the paper in a part's layout: text blocks, block titles, prompts, a grid's corner, the
 * criteria table's headers, and the labels a block gives a field, column or row in place of its
 * schema title (`style` says which key it is).
 */
function layoutTexts(part: LoadedPart): OutlineText[] {
  const file = part.ref.layout;
  const blocks: readonly LayoutBlock[] = Array.isArray(part.layout?.blocks) ? part.layout.blocks : [];
  return blocks.flatMap((block, i) => {
    const record = block as unknown as Readonly<Record<string, unknown>>;
    const found: OutlineText[] = [];
    for (const key of BLOCK_TEXT_KEYS) {
      const value = record[key];
      if (typeof value === "string") found.push({ text: value, style: key === "text" && block.widget === "text" ? (block.style ?? "text") : key, site: at(file, "blocks", i, key) });
    }
    const headers = record.headers;
    if (typeof headers === "object" && headers !== null) {
      for (const [key, value] of Object.entries(headers)) if (typeof value === "string") found.push({ text: value, style: `header.${key}`, site: at(file, "blocks", i, "headers", key) });
    }
    for (const list of ENTRY_LISTS) {
      const entries = record[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, j) => {
        const label = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>).label : undefined;
        if (typeof label === "string") found.push({ text: label, style: "label", site: at(file, "blocks", i, list, j, "label") });
      });
    }
    return found;
  });
}

function awardOf(branch: Readonly<Record<string, unknown>>): BranchAward {
  const judgement = branch.judgement;
  if (typeof judgement === "object" && judgement !== null) {
    const range = judgement as Record<string, unknown>;
    return { kind: "judgement", min: numberOf(range.min), max: numberOf(range.max) };
  }
  if (branch.logic !== undefined) return { kind: "logic", shape: recognize(branch.logic) };
  return { kind: "points", points: numberOf(branch.points) };
}

function criteriaOf(part: LoadedPart): OutlineCriterion[] {
  const file = part.ref.rules;
  if (file === undefined || !part.rules) return [];
  return (part.rules.criteria ?? []).map((criterion, i) => {
    const branches: OutlineBranch[] = (criterion.branches ?? []).map((branch, j) => ({
      index: j,
      text: textOf(branch.text),
      site: at(file, "criteria", i, "branches", j),
      ...(branch.when === undefined ? {} : { condition: recognize(branch.when) }),
      award: awardOf(branch as unknown as Readonly<Record<string, unknown>>),
    }));
    return {
      id: textOf(criterion.id),
      label: textOf(criterion.label),
      ...(typeof criterion.group === "string" ? { group: criterion.group } : {}),
      points: numberOf(criterion.points),
      text: textOf(criterion.text),
      method: criterion.method === "sum" ? "sum" : "first",
      site: at(file, "criteria", i),
      branches,
    };
  });
}

function computedOf(part: LoadedPart): OutlineComputed[] {
  const file = part.ref.rules;
  if (file === undefined || !part.rules) return [];
  return (part.rules.computed ?? []).map((def, i) => ({
    id: textOf(def.id),
    label: textOf(def.label),
    ...(typeof def.unit === "string" ? { unit: def.unit } : {}),
    shape: recognize(def.logic),
    site: at(file, "computed", i),
  }));
}

/** The form in paper order (form.json's `parts`): each part's fields, lists with columns, texts, computed values and criteria. */
export function buildOutline(pkg: FormPackage): Outline {
  const parts: OutlinePart[] = pkg.parts.map((part, i) => ({
    id: part.ref.id,
    title: part.ref.title,
    ...(part.ref.points === undefined ? {} : { points: part.ref.points }),
    site: at(MANIFEST, "parts", i),
    fields: partFields(pkg, i),
    texts: layoutTexts(part),
    computed: computedOf(part),
    criteria: criteriaOf(part),
  }));
  const { manifest } = pkg;
  return { title: manifest.title, year: manifest.year, totalPoints: manifest.totalPoints, site: at(MANIFEST), parts };
}

/** The findings (lint's, the loader's) that concern an outline item: same file, at or inside its pointer. */
export function findingsAt(site: Site, findings: readonly DefinitionFinding[]): DefinitionFinding[] {
  return findings.filter(
    (f) => f.location.file === site.file && (site.pointer === "" || f.location.pointer === site.pointer || f.location.pointer.startsWith(`${site.pointer}/`)),
  );
}
