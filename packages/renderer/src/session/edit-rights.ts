/**
 * Who fills which field: for data, the layout's `editableBy` (a field's, else its block's, else its
 * part's); for scores, the score column's. A role's completeness and its submit check count only
 * the fields that role fills, so the applicant is not held up by fields left for the expert.
 */
import { formatPointer, parsePointer, type FormPackage, type LayoutBlock } from "@cluster-form/schema";
import { getIn, isRecord, setIn } from "../state/data-path.js";
import { memoize } from "./memo.js";

export interface EditRights {
  /** Whether `role` fills the field at a submission pointer; pointers outside any field (the envelope, a whole part's rules) belong to everyone. */
  canEdit(pointer: string, role: string): boolean;
  /** Whether `role` fills anything at all (a viewer does not). */
  editsAnything(role: string): boolean;
  /** Whether `role` fills the field at a submission pointer or any field inside it (an expert's one field in an applicant's part). */
  editsWithin(pointer: string, role: string): boolean;
  /**
   * `next` (a whole submission the user brings in, e.g. an imported workbook) with every field and
   * score column `role` does not fill taken from `current`: an applicant's import never fills the
   * expert's scores, an expert's never changes the applicant's figures.
   */
  keepLocked(current: unknown, next: unknown, role: string): unknown;
}

interface Area {
  /** A submission pointer: the field and everything under it. */
  readonly prefix: string;
  readonly roles: readonly string[];
}

/** The fields a block draws, relative to its part, with who fills each. */
function blockAreas(block: LayoutBlock, partRoles: readonly string[]): { field: string; roles: readonly string[] }[] {
  const roles = block.editableBy ?? partRoles;
  switch (block.widget) {
    case "fields":
      return block.fields.map((f) => ({ field: f.field, roles: f.editableBy ?? roles }));
    case "narrative":
    case "signoff":
    case "repeat":
      return [{ field: block.field, roles }];
    case "grid":
      return block.rows.map((row) => ({ field: row.field, roles }));
    default:
      return [];
  }
}

const within = (pointer: string, prefix: string): boolean => pointer === prefix || (pointer.startsWith(prefix) && pointer.charCodeAt(prefix.length) === 47); /* "/" */

export function editRights(pkg: FormPackage): EditRights {
  const areas: Area[] = [];
  for (const part of pkg.parts) {
    const base = formatPointer(["data", part.ref.id]);
    areas.push({ prefix: base, roles: part.ref.editableBy });
    for (const block of part.layout.blocks) {
      for (const { field, roles } of blockAreas(block, part.ref.editableBy)) areas.push({ prefix: base + field, roles });
    }
  }
  // The most specific area first: a field's own rule wins over its block's and its part's.
  areas.sort((a, b) => b.prefix.length - a.prefix.length);
  // The other way round for keepLocked: each area written after the areas around it (made on its first use).
  let outermostFirst: { readonly segments: readonly string[]; readonly roles: readonly string[] }[] | undefined;
  const columns = new Map(pkg.manifest.scoreColumns.map((column) => [column.id, column.editableBy]));

  const rolesAt = memoize((pointer): readonly string[] | undefined => {
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      return undefined;
    }
    // A score's written reason (`reasons`) belongs to whoever fills the score.
    if (segments[0] === "scores" || segments[0] === "reasons") {
      const column = segments[2];
      if (column !== undefined) return columns.get(column);
      return [...new Set([...columns.values()].flat())];
    }
    return areas.find((area) => within(pointer, area.prefix))?.roles;
  });

  const editsAnything = memoize(
    (role) =>
      pkg.manifest.scoreColumns.some((c) => c.editableBy.includes(role)) ||
      pkg.parts.some((p) => p.ref.editableBy.includes(role) || p.layout.blocks.some((b) => blockAreas(b, p.ref.editableBy).some((a) => a.roles.includes(role)))),
  );

  return {
    canEdit(pointer, role) {
      const roles = rolesAt(pointer);
      return roles === undefined || roles.includes(role);
    },
    editsAnything,
    editsWithin(pointer, role) {
      const roles = rolesAt(pointer);
      return roles === undefined || roles.includes(role) || areas.some((area) => within(area.prefix, pointer) && area.roles.includes(role));
    },
    keepLocked(current, next, role) {
      let kept = next;
      // Nothing written where neither has a value: no empty objects made on the way.
      const put = (segments: readonly string[], value: unknown): void => {
        if (value !== undefined || getIn(kept, segments) !== undefined) kept = setIn(kept, segments, value);
      };
      outermostFirst ??= areas.map((area) => ({ segments: parsePointer(area.prefix), roles: area.roles })).reverse();
      for (const area of outermostFirst) put(area.segments, getIn(area.roles.includes(role) ? next : current, area.segments));
      for (const root of ["scores", "reasons"]) {
        const criteria = new Set([current, next].flatMap((submission) => Object.keys(recordOr(getIn(submission, [root])))));
        for (const [column, roles] of columns) {
          if (roles.includes(role)) continue;
          for (const criterion of criteria) put([root, criterion, column], getIn(current, [root, criterion, column]));
        }
      }
      return kept;
    },
  };
}

const recordOr = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

const cache = new WeakMap<FormPackage, EditRights>();

/** `editRights` of a package, worked out once. */
export function editRightsOf(pkg: FormPackage): EditRights {
  let rights = cache.get(pkg);
  if (!rights) {
    rights = editRights(pkg);
    cache.set(pkg, rights);
  }
  return rights;
}
