/** `diffForms`: what changed between two versions of a form, for policy staff preparing a new year. */
import { keyedRecord, schemaAt, type FormPackage } from "@cluster-form/schema";
import { differences } from "./fallback.js";
import { diffFields } from "./fields.js";
import { inPaperOrder } from "./order.js";
import { diffRules } from "./rules.js";
import { diffLayoutTexts, diffNotes, diffSummarySheet } from "./texts.js";
import type { FormChange, FormDiff, FormIdentity } from "./types.js";

const identity = (pkg: FormPackage): FormIdentity => ({
  id: pkg.manifest.id,
  version: pkg.manifest.version,
  year: pkg.manifest.year,
  title: pkg.manifest.title,
});

const pointsOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

const COMPUTED = "$computed.";

/** `label` of a `var` path's field or computed value in the new version, or the path itself. */
function pathDescriber(pkg: FormPackage): (path: string) => string {
  const computedLabels = new Map<string, string>();
  for (const part of pkg.parts) for (const def of part.rules?.computed ?? []) if (typeof def.label === "string") computedLabels.set(def.id, def.label);
  return (path) => {
    if (path.startsWith(COMPUTED)) return computedLabels.get(path.slice(COMPUTED.length)) ?? path;
    const [partId, ...rest] = path.split(".");
    const part = pkg.parts.find((p) => p.ref.id === partId);
    const title = rest.length > 0 ? schemaAt(part?.schema, rest)?.title : undefined;
    return title ?? path;
  };
}

/** The manifest without what is compared one by one (identity, total points, notes, parts). */
const manifestRest = (pkg: FormPackage): unknown => ({ ...pkg.manifest, id: 0, version: 0, year: 0, title: 0, totalPoints: 0, notes: 0, parts: 0 });

/** Differences no specific change explains, by file, for a part with no change and for the manifest and summary sheet. */
function addUnexplained(before: FormPackage, after: FormPackage, changes: FormChange[]): void {
  const report = (file: string, a: unknown, b: unknown, part?: string): void => {
    for (const d of differences(a, b)) changes.push({ kind: "other", ...(part ? { part } : {}), file, ...d });
  };
  report("form.json", manifestRest(before), manifestRest(after));
  if (!changes.some((c) => c.kind === "summary.text")) report(after.manifest.summarySheet ?? "summary-sheet.json", before.summarySheet, after.summarySheet);
  const oldParts = new Map(before.parts.map((p) => [p.ref.id, p]));
  for (const part of after.parts) {
    const previous = oldParts.get(part.ref.id);
    if (!previous || changes.some((c) => "part" in c && c.part === part.ref.id)) continue;
    report("form.json", previous.ref, part.ref, part.ref.id);
    report(part.ref.layout, previous.layout, part.layout, part.ref.id);
    if (part.ref.schema) report(part.ref.schema, previous.schema, part.schema, part.ref.id);
    if (part.ref.rules) report(part.ref.rules, previous.rules, part.rules, part.ref.id);
  }
}

export function diffForms(before: FormPackage, after: FormPackage): FormDiff {
  const changes: FormChange[] = [];
  const from = identity(before);
  const to = identity(after);
  for (const key of ["id", "version", "year", "title"] as const) {
    if (from[key] !== to[key]) changes.push({ kind: "form.identity", key, from: from[key], to: to[key] });
  }
  diffNotes(before, after, changes);
  const totalBefore = pointsOf(before.manifest.totalPoints);
  const totalAfter = pointsOf(after.manifest.totalPoints);
  if (totalBefore !== totalAfter) changes.push({ kind: "form.totalPoints", from: totalBefore, to: totalAfter });

  const partTitles = keyedRecord<string>();
  for (const part of before.parts) partTitles[part.ref.id] = part.ref.title;
  for (const part of after.parts) partTitles[part.ref.id] = part.ref.title;

  const oldParts = new Map(before.parts.map((p) => [p.ref.id, p]));
  const newParts = new Map(after.parts.map((p) => [p.ref.id, p]));
  for (const part of after.parts) {
    const id = part.ref.id;
    const previous = oldParts.get(id);
    if (!previous) {
      changes.push({ kind: "part.added", part: id, title: part.ref.title, points: pointsOf(part.ref.points) });
      continue;
    }
    if (previous.ref.title !== part.ref.title) changes.push({ kind: "part.title", part: id, from: previous.ref.title, to: part.ref.title });
    const p0 = pointsOf(previous.ref.points);
    const p1 = pointsOf(part.ref.points);
    if (p0 !== p1) changes.push({ kind: "part.points", part: id, title: part.ref.title, from: p0, to: p1 });
    diffLayoutTexts(id, previous.layout, part.layout, changes);
    diffFields(id, previous.schema, part.schema, changes);
  }
  for (const part of before.parts) {
    if (!newParts.has(part.ref.id)) changes.push({ kind: "part.removed", part: part.ref.id, title: part.ref.title, points: pointsOf(part.ref.points) });
  }
  diffRules(
    before.parts.map((p) => ({ part: p.ref.id, rules: p.rules })),
    after.parts.map((p) => ({ part: p.ref.id, rules: p.rules })),
    pathDescriber(after),
    changes,
  );
  diffSummarySheet(before, after, changes);
  addUnexplained(before, after, changes);
  return { from, to, partTitles, changes: inPaperOrder(changes, before, after) };
}

export { describeChange, formatDiff } from "./format.js";
export type { FormChange, FormChangeKind, FormDiff, FormIdentity, RuleOwner } from "./types.js";
