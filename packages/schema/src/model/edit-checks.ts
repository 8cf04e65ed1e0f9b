/**
 * Which changes between two submissions a role may not make: what a server receiving a
 * submission asks, with the same rights the element enforces (./edit-rights.ts).
 */
import { message } from "../locales/index.js";
import type { FormPackage, LocalizedMessage } from "../types.js";
import { editAreas, SCORE_ROOTS } from "./edit-rights.js";
import { jsonEqual } from "./json-equal.js";
import { formatPointer, isWithin, joinPointer, valueAt } from "./pointer.js";
import { perForm } from "./per-form.js";
import { isRecord } from "./record.js";

/** A change `role` made that it may not make. */
export interface EditViolation {
  readonly code: "edit-forbidden";
  /** Submission pointer of the change: the innermost place holding every difference of one field. */
  readonly pointer: string;
  readonly role: string;
  /** The roles that may make it (empty when nobody may). */
  readonly editors: readonly string[];
  /** The field's label, as the form shows it. */
  readonly label: string;
  readonly message: LocalizedMessage;
  readonly part?: string;
  readonly criterion?: string;
}

/** How deep a difference is looked for before it is reported where it is: submissions are shallow, hostile input need not be. */
const MAX_LOCATE_DEPTH = 32;

/**
 * The innermost pointer under `at` that holds every difference between `a` and `b`, skipping the
 * pointers `skip` says belong elsewhere; undefined when they are the same.
 */
function difference(a: unknown, b: unknown, at: string, skip: (pointer: string) => boolean, depth = 0): string | undefined {
  if (skip(at) || a === b) return undefined;
  const bothLists = Array.isArray(a) && Array.isArray(b);
  if (!(bothLists || (isRecord(a) && isRecord(b)))) return at;
  if (depth >= MAX_LOCATE_DEPTH) return jsonEqual(a, b) ? undefined : at;
  let found: string | undefined;
  const visit = (key: string): boolean => {
    const inner = difference(valueAt(a, [key]), valueAt(b, [key]), joinPointer(at, key), skip, depth + 1);
    if (inner === undefined) return true;
    if (found !== undefined) return false;
    found = inner;
    return true;
  };
  if (bothLists) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) if (!visit(String(i))) return at;
  } else {
    for (const key of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) if (!visit(key)) return at;
  }
  return found;
}

interface EditChecker {
  check(role: string, before: unknown, after: unknown): EditViolation[];
}

function deriveEditChecker(form: FormPackage): EditChecker {
  const areas = editAreas(form);
  const columns = form.manifest.scoreColumns;
  const criteria = new Map(form.parts.flatMap((part) => (part.rules?.criteria ?? []).map((def) => [def.id, { label: def.label, part: part.ref.id }] as const)));
  const roleLabels = new Map(form.manifest.roles.map((role) => [role.id, role.label]));
  const roleLabel = (role: string): string => roleLabels.get(role) ?? role;
  // The fields inside each field: checked on their own, against their own roles.
  const innerPrefixes = new Map(areas.map((area) => [area, new Set(areas.filter((other) => other.prefix !== area.prefix && isWithin(other.prefix, area.prefix)).map((other) => other.prefix))]));

  const violation = (role: string, pointer: string, editors: readonly string[], label: string, where: { part?: string; criterion?: string }): EditViolation => ({
    code: "edit-forbidden",
    pointer,
    role,
    editors,
    label,
    message: message("editForbidden", { label, role: roleLabel(role), editors: editors.map(roleLabel) }),
    ...where,
  });

  return {
    check(role, before, after) {
      const found: EditViolation[] = [];
      for (const area of areas) {
        if (area.roles.includes(role)) continue;
        const inner = innerPrefixes.get(area) ?? new Set<string>();
        const skip = (pointer: string): boolean => inner.has(pointer);
        const at = difference(valueAt(before, area.segments), valueAt(after, area.segments), area.prefix, skip);
        if (at !== undefined && !found.some((v) => v.pointer === at)) found.push(violation(role, at, area.roles, area.label, { part: area.part }));
      }
      for (const root of SCORE_ROOTS) {
        const beforeScores = valueAt(before, [root]);
        const afterScores = valueAt(after, [root]);
        const keys = new Set([beforeScores, afterScores].flatMap((scores) => (isRecord(scores) ? Object.keys(scores) : [])));
        for (const column of columns) {
          if (column.editableBy.includes(role)) continue;
          let unknownReported = false;
          for (const criterion of keys) {
            const known = criteria.get(criterion);
            // Scores of criteria the form does not have: one report per column, not one per key.
            if (!known && unknownReported) continue;
            if (jsonEqual(valueAt(beforeScores, [criterion, column.id]), valueAt(afterScores, [criterion, column.id]))) continue;
            const label = `${known?.label ?? criterion} ${column.label}`;
            found.push(violation(role, formatPointer([root, criterion, column.id]), column.editableBy, label, known ? { part: known.part, criterion } : { criterion }));
            if (!known) unknownReported = true;
          }
        }
      }
      return found;
    },
  };
}

// Pure: a page that never checks edits leaves this module out of its bundle.
const editChecker = /* @__PURE__ */ perForm(deriveEditChecker);

/**
 * The changes from `before` to `after` (two submissions of `form`) that `role` may not make; `[]`
 * when it made none. At most one per field and score of the form.
 */
export function checkEdits(form: FormPackage, role: string, before: unknown, after: unknown): EditViolation[] {
  return editChecker(form).check(role, before, after);
}
