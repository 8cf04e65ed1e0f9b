/**
 * Who may edit what, by role. For data, the layout's `editableBy` (a field's, else its block's,
 * else its part's); for scores and their written reasons, the score column's. The element, the
 * Excel import and any server receiving a submission ask the same questions here: may this role
 * write at this pointer, and which of the changes between two submissions may it not make.
 */
import { message } from "../locales/index.js";
import type { FieldRef, FormPackage, LayoutBlock, LocalizedMessage, PartRef, ScoreColumnDef } from "../types.js";
import { jsonEqual } from "./json-equal.js";
import { fieldTitle } from "./field.js";
import { formatPointer, isWithin, joinPointer, lastSegment, parsePointer, setValueAt, valueAt } from "./pointer.js";
import { isRecord } from "./record.js";
import { schemaAt } from "./schema-at.js";

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

export interface EditRights {
  /** The roles that fill the field at a submission pointer; undefined outside any field (the envelope), where anyone may write. */
  rolesAt(pointer: string): readonly string[] | undefined;
  /** Whether `role` may write at a submission pointer. */
  canEdit(role: string, pointer: string): boolean;
  /** Whether `role` may write at a pointer or at some field inside it (an expert's one field in an applicant's part). */
  editsWithin(role: string, pointer: string): boolean;
  /** Whether `role` fills anything at all (a viewer does not). */
  editsAnything(role: string): boolean;
  /** The score columns `role` fills. */
  scoreColumns(role: string): readonly ScoreColumnDef[];
  /**
   * `next` with every field and score `role` may not edit taken from `current`: an applicant's
   * import never fills the expert's scores, an expert's never changes the applicant's figures.
   */
  keepLocked(role: string, current: unknown, next: unknown): unknown;
  /** The changes from `before` to `after` that `role` may not make; at most one per field and score of the form. */
  checkEdits(role: string, before: unknown, after: unknown): EditViolation[];
}

/** The roles that fill a field drawn by a layout block: the field's own, else the block's, else the part's. */
export const fieldEditors = (part: PartRef, block: LayoutBlock, field?: FieldRef): readonly string[] => field?.editableBy ?? block.editableBy ?? part.editableBy;

interface Area {
  /** A submission pointer: the field and everything under it. */
  readonly prefix: string;
  readonly segments: readonly string[];
  readonly roles: readonly string[];
  readonly label: string;
  readonly part: string;
}

/** The fields a block draws, relative to its part, with who fills each and the label it shows. */
function blockFields(block: LayoutBlock, part: PartRef): { field: string; roles: readonly string[]; label?: string }[] {
  switch (block.widget) {
    case "fields":
      return block.fields.map((f) => ({ field: f.field, roles: fieldEditors(part, block, f), ...(f.label === undefined ? {} : { label: f.label }) }));
    case "narrative":
    case "signoff":
      return [{ field: block.field, roles: fieldEditors(part, block), ...(block.label === undefined ? {} : { label: block.label }) }];
    case "repeat":
      return [{ field: block.field, roles: fieldEditors(part, block), ...(block.title === undefined ? {} : { label: block.title }) }];
    case "grid":
      return block.rows.map((row) => ({ field: row.field, roles: fieldEditors(part, block), ...(row.label === undefined ? {} : { label: row.label }) }));
    default:
      return [];
  }
}

function areasOf(form: FormPackage): Area[] {
  const areas: Area[] = [];
  for (const part of form.parts) {
    const base = formatPointer(["data", part.ref.id]);
    areas.push({ prefix: base, segments: ["data", part.ref.id], roles: part.ref.editableBy, label: part.ref.title, part: part.ref.id });
    for (const block of part.layout.blocks) {
      for (const { field, roles, label } of blockFields(block, part.ref)) {
        let path: string[];
        try {
          path = parsePointer(field);
        } catch {
          continue;
        }
        const title = label ?? fieldTitle(schemaAt(part.schema, path)) ?? lastSegment(field);
        areas.push({ prefix: base + field, segments: ["data", part.ref.id, ...path], roles, label: title, part: part.ref.id });
      }
    }
  }
  // The most specific area first: a field's own rule wins over its block's and its part's.
  return areas.sort((a, b) => b.prefix.length - a.prefix.length);
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

const cache = new WeakMap<FormPackage, EditRights>();

/** The edit rights of a form, worked out once per loaded form. */
export function editRights(form: FormPackage): EditRights {
  let rights = cache.get(form);
  if (!rights) {
    rights = deriveEditRights(form);
    cache.set(form, rights);
  }
  return rights;
}

/** Whether `role` may write at a submission pointer of `form`. */
export const canEdit = (form: FormPackage, role: string, pointer: string): boolean => editRights(form).canEdit(role, pointer);

/** The changes from `before` to `after` (two submissions of `form`) that `role` may not make; `[]` when it made none. */
export const checkEdits = (form: FormPackage, role: string, before: unknown, after: unknown): EditViolation[] => editRights(form).checkEdits(role, before, after);

const SCORE_ROOTS = ["scores", "reasons"] as const;

function deriveEditRights(form: FormPackage): EditRights {
  const areas = areasOf(form);
  const columns = form.manifest.scoreColumns;
  const columnRoles = new Map(columns.map((column) => [column.id, column.editableBy]));
  const criteria = new Map(form.parts.flatMap((part) => (part.rules?.criteria ?? []).map((def) => [def.id, { label: def.label, part: part.ref.id }] as const)));
  const roleLabels = new Map(form.manifest.roles.map((role) => [role.id, role.label]));
  const roleLabel = (role: string): string => roleLabels.get(role) ?? role;
  const rolesMemo = new Map<string, readonly string[] | undefined>();

  const rolesAt = (pointer: string): readonly string[] | undefined => {
    if (rolesMemo.has(pointer)) return rolesMemo.get(pointer);
    let roles: readonly string[] | undefined;
    try {
      const segments = parsePointer(pointer);
      // A score's written reason belongs to whoever fills the score.
      if (segments[0] === "scores" || segments[0] === "reasons") {
        const column = segments[2];
        roles = column !== undefined ? (columnRoles.get(column) ?? []) : [...new Set(columns.flatMap((c) => c.editableBy))];
      } else roles = areas.find((area) => isWithin(pointer, area.prefix))?.roles;
    } catch {
      roles = undefined;
    }
    // Bounded by the fields a page draws; a server asking about arbitrary pointers is not memoized past this.
    if (rolesMemo.size < 100_000) rolesMemo.set(pointer, roles);
    return roles;
  };

  const canEditAt = (role: string, pointer: string): boolean => {
    const roles = rolesAt(pointer);
    return roles === undefined || roles.includes(role);
  };

  const editsAnything = (role: string): boolean => columns.some((c) => c.editableBy.includes(role)) || areas.some((area) => area.roles.includes(role));

  const violation = (role: string, pointer: string, editors: readonly string[], label: string, where: { part?: string; criterion?: string }): EditViolation => ({
    code: "edit-forbidden",
    pointer,
    role,
    editors,
    label,
    message: message("editForbidden", { label, role: roleLabel(role), editors: editors.map(roleLabel) }),
    ...where,
  });

  // Outermost first for keepLocked: each area written after the areas around it.
  const outermostFirst = [...areas].reverse();
  // The fields inside each field: checked on their own, against their own roles.
  const innerPrefixes = new Map(areas.map((area) => [area, new Set(areas.filter((other) => other.prefix !== area.prefix && isWithin(other.prefix, area.prefix)).map((other) => other.prefix))]));

  return {
    rolesAt,
    canEdit: canEditAt,
    editsWithin: (role, pointer) => canEditAt(role, pointer) || areas.some((area) => isWithin(area.prefix, pointer) && area.roles.includes(role)),
    editsAnything,
    scoreColumns: (role) => columns.filter((c) => c.editableBy.includes(role)),

    keepLocked(role, current, next) {
      let kept = next;
      // Nothing written where neither has a value: no empty objects made on the way.
      const put = (segments: readonly string[], value: unknown): void => {
        if (value !== undefined || valueAt(kept, segments) !== undefined) kept = setValueAt(kept, segments, value);
      };
      for (const area of outermostFirst) put(area.segments, valueAt(area.roles.includes(role) ? next : current, area.segments));
      for (const root of SCORE_ROOTS) {
        const keys = new Set([current, next].flatMap((submission) => {
          const scores = valueAt(submission, [root]);
          return isRecord(scores) ? Object.keys(scores) : [];
        }));
        for (const column of columns) {
          if (column.editableBy.includes(role)) continue;
          for (const criterion of keys) put([root, criterion, column.id], valueAt(current, [root, criterion, column.id]));
        }
      }
      return kept;
    },

    checkEdits(role, before, after) {
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
