/**
 * A criterion's points changed with everything that states them: the branches that award the full
 * points, the judgement range's top, the per-item cap, the points its scoring texts state, and its
 * part's points (with the points the part title states) when points cross parts.
 */
import { isRecord, type FormPackage } from "@cluster-form/schema";
import type { ChangeBuilder } from "../text-edits.js";
import { retypePoints } from "../points-text.js";
import { MANIFEST, arrayAt, refuse } from "./part.js";

export interface CriterionPlace {
  readonly file: string;
  readonly index: number;
  readonly partIndex: number;
  readonly partId: string;
}

export function findCriterion(pkg: FormPackage, id: string): CriterionPlace {
  for (const [partIndex, part] of pkg.parts.entries()) {
    const index = (part.rules?.criteria ?? []).findIndex((c) => c.id === id);
    if (index >= 0 && part.ref.rules !== undefined) return { file: part.ref.rules, index, partIndex, partId: part.ref.id };
  }
  throw refuse(MANIFEST, "", (t) => t.noCriterion(id));
}

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Set a criterion's points to `to`, and every place that states its full points. */
export function setCriterionPoints(builder: ChangeBuilder, place: CriterionPlace, to: number): void {
  const criterion = arrayAt(builder.value(place.file), "criteria")[place.index];
  if (!isRecord(criterion) || !finite(criterion.points)) throw refuse(place.file, `/criteria/${place.index}`, (t) => t.noCriterion(String(place.index)));
  const from = criterion.points;
  const at = ["criteria", place.index];
  builder.set(place.file, [...at, "points"], to);
  if (typeof criterion.text === "string") builder.set(place.file, [...at, "text"], retypePoints(criterion.text, from, to));
  arrayAt(criterion, "branches").forEach((branch, j) => {
    if (!isRecord(branch)) return;
    const path = [...at, "branches", j];
    if (branch.points === from) builder.set(place.file, [...path, "points"], to);
    if (isRecord(branch.judgement) && branch.judgement.max === from) builder.set(place.file, [...path, "judgement", "max"], to);
    const clamp = isRecord(branch.logic) ? branch.logic.clamp : undefined;
    if (Array.isArray(clamp) && clamp[2] === from) builder.set(place.file, [...path, "logic", "clamp", 2], to);
    if (typeof branch.text === "string") builder.set(place.file, [...path, "text"], retypePoints(branch.text, from, to));
  });
}

/** Change a part's points by `delta` in form.json, with the points its title states. */
export function shiftPartPoints(builder: ChangeBuilder, partIndex: number, delta: number): void {
  const part = arrayAt(builder.value(MANIFEST), "parts")[partIndex];
  if (!isRecord(part)) return;
  const from = finite(part.points) ? part.points : 0;
  builder.set(MANIFEST, ["parts", partIndex, "points"], from + delta);
  if (typeof part.title === "string" && from !== 0) builder.set(MANIFEST, ["parts", partIndex, "title"], retypePoints(part.title, from, from + delta));
}

/** Change the form's total points by `delta`. */
export function shiftTotalPoints(builder: ChangeBuilder, delta: number): void {
  const manifest = builder.value(MANIFEST);
  const total = isRecord(manifest) && finite(manifest.totalPoints) ? manifest.totalPoints : 0;
  builder.set(MANIFEST, ["totalPoints"], total + delta);
}

/**
 * Give `points` to a new criterion of part `partIndex`: taken from the criteria named (their points
 * and everything that states them, their parts' points when elsewhere); what is not taken raises the
 * part's points and the form's total.
 */
export function givePoints(builder: ChangeBuilder, pkg: FormPackage, partIndex: number, points: number, takeFrom: readonly { readonly criterion: string; readonly points: number }[]): void {
  let takenHere = 0;
  let taken = 0;
  for (const take of takeFrom) {
    const place = findCriterion(pkg, take.criterion);
    const had = pkg.parts[place.partIndex]?.rules?.criteria?.[place.index]?.points ?? 0;
    setCriterionPoints(builder, place, had - take.points);
    if (place.partIndex === partIndex) takenHere += take.points;
    else shiftPartPoints(builder, place.partIndex, -take.points);
    taken += take.points;
  }
  if (points !== takenHere) shiftPartPoints(builder, partIndex, points - takenHere);
  if (points !== taken) shiftTotalPoints(builder, points - taken);
}
