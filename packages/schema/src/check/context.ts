/** What every definition check gets: the package, where its files are, and a place to put findings. */
import { locate } from "../json/locate.js";
import { normalizeRelativePath } from "../load/paths.js";
import { MANIFEST_FILE } from "../load/manifest-files.js";
import type { DefinitionFinding, FormFileKind, FormPackage, LocalizedMessage, Severity } from "../types.js";

export interface CheckContext {
  readonly pkg: FormPackage;
  /** Files whose shape passed their meta-schema: only these are checked for references. */
  readonly valid: ReadonlySet<string>;
  report(code: string, file: string, pointer: string, msg: LocalizedMessage, severity?: Severity): void;
  /** `file:line:column` of a pointer, for messages that name another place. */
  where(file: string, pointer: string): string;
}

export function createContext(pkg: FormPackage, valid: ReadonlySet<string>, findings: DefinitionFinding[]): CheckContext {
  return {
    pkg,
    valid,
    report(code, file, pointer, msg, severity = "error") {
      findings.push({ code, severity, location: locate(pkg, file, pointer), message: msg });
    },
    where(file, pointer) {
      const { line, column } = locate(pkg, file, pointer);
      return `${file}:${line}:${column}`;
    },
  };
}

/** Every source file of a package with the kind of meta-schema it must satisfy. */
export function fileKinds(pkg: FormPackage): Map<string, FormFileKind> {
  const kinds = new Map<string, FormFileKind>([[MANIFEST_FILE, "manifest"]]);
  const add = (path: unknown, kind: FormFileKind): void => {
    const normal = typeof path === "string" ? normalizeRelativePath(path) : undefined;
    if (normal !== undefined && pkg.sources.has(normal) && !kinds.has(normal)) kinds.set(normal, kind);
  };
  for (const part of pkg.manifest.parts) {
    add(part.schema, "data-schema");
    add(part.layout, "layout");
    add(part.rules, "rules");
  }
  for (const shared of pkg.manifest.sharedSchemas ?? []) add(shared, "data-schema");
  add(pkg.manifest.summarySheet, "summary-sheet");
  return kinds;
}

/** The normalised path of a file named by the manifest. */
export const pathOf = (path: string | undefined): string => (path === undefined ? "" : (normalizeRelativePath(path) ?? path));
