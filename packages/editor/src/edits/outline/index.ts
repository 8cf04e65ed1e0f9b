/** The outline of a form in paper order, every item with the file and pointer where it is written. */
import { formatPointer, type DefinitionFinding, type FormPackage, type LayoutBlock, type LoadedPart } from "@cluster-form/schema";
import { recognize } from "../shapes/index.js";
import type { BranchAward, Outline, OutlineBranch, OutlineComputed, OutlineCriterion, OutlinePart, OutlineText, Site } from "../types.js";
import { partFields } from "./fields.js";

const MANIFEST = "form.json";
const at = (file: string, ...segments: (string | number)[]): Site => ({ file, pointer: formatPointer(segments) });
const textOf = (value: unknown): string => (typeof value === "string" ? value : "");
const numberOf = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** Texts of the paper in a part's layout: text blocks and block titles. */
function layoutTexts(part: LoadedPart): OutlineText[] {
  const file = part.ref.layout;
  const blocks: readonly LayoutBlock[] = Array.isArray(part.layout?.blocks) ? part.layout.blocks : [];
  return blocks.flatMap((block, i) => {
    const found: OutlineText[] = [];
    if (typeof block.title === "string") found.push({ text: block.title, style: "title", site: at(file, "blocks", i, "title") });
    if (block.widget === "text" && typeof block.text === "string") {
      found.push({ text: block.text, ...(block.style ? { style: block.style } : {}), site: at(file, "blocks", i, "text") });
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
