/** The files of the part a scaffold writes into, and the refusals when the part cannot take the change. */
import type { FormPackage, LoadedPart } from "@cluster-form/schema";
import { EditRefused, type ChangeBuilder } from "../text-edits.js";
import { jsonFileText } from "../compact-json.js";
import { refusalFinding } from "../messages.js";

export const MANIFEST = "form.json";
export const RULES_SCHEMA = "https://cluster-form.dev/schema/v1/rules.json";

export interface PartFiles {
  readonly part: LoadedPart;
  readonly index: number;
  readonly schema: string;
  readonly layout: string;
}

export function refuse(file: string, pointer: string, pick: Parameters<typeof refusalFinding>[3]): EditRefused {
  return new EditRefused([refusalFinding("scaffold-refused", file, pointer, pick)]);
}

export function partFiles(pkg: FormPackage, partId: string): PartFiles {
  const index = pkg.parts.findIndex((p) => p.ref.id === partId);
  const part = pkg.parts[index];
  if (!part) throw refuse(MANIFEST, "/parts", (t) => t.noPart(partId));
  if (part.ref.schema === undefined) {
    throw refuse(MANIFEST, `/parts/${index}`, (t) => t.noSchema(partId));
  }
  return { part, index, schema: part.ref.schema, layout: part.ref.layout };
}

/** The part's rules file, created (and named in form.json) when the part has none yet. */
export function rulesFileOf(builder: ChangeBuilder, files: PartFiles): string {
  if (files.part.ref.rules !== undefined) return files.part.ref.rules;
  const file = files.layout.replace(/\.layout\.json$/, ".rules.json");
  const text = jsonFileText({ $schema: RULES_SCHEMA, part: files.part.ref.id });
  builder.create(file, text).set(MANIFEST, ["parts", files.index, "rules"], file);
  return file;
}

/** The value of a part's rules file as changed so far (an empty object for a new one). */
export function rulesValue(builder: ChangeBuilder, file: string): Record<string, unknown> {
  const value = builder.value(file);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export const arrayAt = (value: unknown, key: string): readonly unknown[] => {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return [];
  const found = (value as Record<string, unknown>)[key];
  return Array.isArray(found) ? found : [];
};
