/**
 * Who may edit what, by role. For data, the layout's `editableBy` (a field's, else its block's,
 * else its part's); for scores and their written reasons, the score column's. The element, the
 * Excel import and any server receiving a submission ask the same question here: may this role
 * write at this pointer. Which changes between two submissions a role may not make is
 * ./edit-checks.ts, which only servers ask (so a page's bundle does not carry it).
 */
import type { FieldRef, FormPackage, LayoutBlock, PartRef, ScoreColumnDef } from "../types.js";
import { fieldTitle } from "./field.js";
import { formatPointer, isWithin, lastSegment, parsePointer, setValueAt, valueAt } from "./pointer.js";
import { perForm } from "./per-form.js";
import { memoized } from "./memo.js";
import { isRecord } from "./record.js";
import { schemaAt } from "./schema-at.js";

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
}

/** The roles that fill a field drawn by a layout block: the field's own, else the block's, else the part's. */
export const fieldEditors = (part: PartRef, block: LayoutBlock, field?: FieldRef): readonly string[] => field?.editableBy ?? block.editableBy ?? part.editableBy;

/** A field (or a part) of a form with the roles that fill it. */
export interface EditArea {
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

function areasOf(form: FormPackage): EditArea[] {
  const areas: EditArea[] = [];
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

/** The edit rights of a form, worked out once per loaded form. */
export const editRights: (form: FormPackage) => EditRights = /* @__PURE__ */ perForm(deriveEditRights);

/** The form's fields and parts with who fills each, the most specific first, worked out once per loaded form. */
export const editAreas: (form: FormPackage) => readonly EditArea[] = /* @__PURE__ */ perForm(areasOf);

/** Whether `role` may write at a submission pointer of `form`. */
export const canEdit = (form: FormPackage, role: string, pointer: string): boolean => editRights(form).canEdit(role, pointer);

/** Where scores and their written reasons sit in a submission: `/<root>/<criterion>/<column>`. */
export const SCORE_ROOTS = ["scores", "reasons"] as const;

const isScoreRoot = (segment: string | undefined): boolean => (SCORE_ROOTS as readonly (string | undefined)[]).includes(segment);

function deriveEditRights(form: FormPackage): EditRights {
  const areas = editAreas(form);
  const columns = form.manifest.scoreColumns;
  const columnRoles = new Map(columns.map((column) => [column.id, column.editableBy]));

  const rolesAt = memoized((pointer: string): readonly string[] | undefined => {
    try {
      const segments = parsePointer(pointer);
      // A score's written reason belongs to whoever fills the score.
      if (isScoreRoot(segments[0])) {
        const column = segments[2];
        return column !== undefined ? (columnRoles.get(column) ?? []) : [...new Set(columns.flatMap((c) => c.editableBy))];
      }
      return areas.find((area) => isWithin(pointer, area.prefix))?.roles;
    } catch {
      return undefined;
    }
  });

  const canEditAt = (role: string, pointer: string): boolean => {
    const roles = rolesAt(pointer);
    return roles === undefined || roles.includes(role);
  };

  // The element asks these for every part after each keystroke; the answers never change for a form.
  const editsAnything = memoized((role: string): boolean => columns.some((c) => c.editableBy.includes(role)) || areas.some((area) => area.roles.includes(role)));
  // One memo for every role and pointer (the role's length first: either may hold any character), so its bound holds whatever roles a caller names.
  const editsWithin = memoized(
    (role: string, pointer: string): boolean => canEditAt(role, pointer) || areas.some((area) => isWithin(area.prefix, pointer) && area.roles.includes(role)),
    (role, pointer) => `${role.length}:${role}${pointer}`,
  );

  // Outermost first for keepLocked: each area written after the areas around it.
  const outermostFirst = [...areas].reverse();

  return {
    rolesAt,
    canEdit: canEditAt,
    editsWithin,
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
  };
}
