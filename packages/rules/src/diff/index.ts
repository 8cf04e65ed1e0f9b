/** `diffForms`: what changed between two versions of a form, for policy staff preparing a new year. */
import { schemaAt, type FormPackage } from "@cluster-form/schema";
import { diffFields } from "./fields.js";
import { diffRules } from "./rules.js";
import type { FormChange, FormDiff, FormIdentity } from "./types.js";

const identity = (pkg: FormPackage): FormIdentity => ({
  id: pkg.manifest.id,
  version: pkg.manifest.version,
  year: pkg.manifest.year,
  title: pkg.manifest.title,
});

const pointsOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** `label` of a `var` path's field in the new version, or the path itself. */
function pathDescriber(pkg: FormPackage): (path: string) => string {
  return (path) => {
    const [partId, ...rest] = path.split(".");
    const part = pkg.parts.find((p) => p.ref.id === partId);
    const title = rest.length > 0 ? schemaAt(part?.schema, rest)?.title : undefined;
    return title ?? path;
  };
}

export function diffForms(before: FormPackage, after: FormPackage): FormDiff {
  const changes: FormChange[] = [];
  const from = identity(before);
  const to = identity(after);
  for (const key of ["id", "version", "year", "title"] as const) {
    if (from[key] !== to[key]) changes.push({ kind: "form.identity", key, from: from[key], to: to[key] });
  }
  const totalBefore = pointsOf(before.manifest.totalPoints);
  const totalAfter = pointsOf(after.manifest.totalPoints);
  if (totalBefore !== totalAfter) changes.push({ kind: "form.totalPoints", from: totalBefore, to: totalAfter });

  const partTitles: Record<string, string> = {};
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
  return { from, to, partTitles, changes };
}

export { formatDiff } from "./format.js";
export type { FormChange, FormChangeKind, FormDiff, FormIdentity, RuleOwner } from "./types.js";
