/** The manifest's own references: unique ids, known roles. */
import { message } from "../locales/all.js";
import { MANIFEST_FILE } from "../load/manifest-files.js";
import type { CheckContext } from "./context.js";
import { idRegistry } from "./ids.js";

/** Reports each role of `roles` (at `pointer`) that the manifest does not declare. */
export function checkRoles(context: CheckContext, file: string, pointer: string, roles: readonly string[] | undefined): void {
  const declared = new Set(context.pkg.manifest.roles.map((r) => r.id));
  (roles ?? []).forEach((role, index) => {
    if (!declared.has(role)) context.report("unknown-role", file, `${pointer}/${index}`, message("roleUnknown", { id: role }));
  });
}

export function checkManifestRefs(context: CheckContext): void {
  const { manifest } = context.pkg;
  const roles = idRegistry(context, "role");
  manifest.roles.forEach((role, i) => roles.add(role.id, MANIFEST_FILE, `/roles/${i}/id`));
  const columns = idRegistry(context, "score column");
  manifest.scoreColumns.forEach((column, i) => {
    columns.add(column.id, MANIFEST_FILE, `/scoreColumns/${i}/id`);
    checkRoles(context, MANIFEST_FILE, `/scoreColumns/${i}/editableBy`, column.editableBy);
  });
  const parts = idRegistry(context, "part");
  manifest.parts.forEach((part, i) => {
    parts.add(part.id, MANIFEST_FILE, `/parts/${i}/id`);
    checkRoles(context, MANIFEST_FILE, `/parts/${i}/editableBy`, part.editableBy);
  });
}
