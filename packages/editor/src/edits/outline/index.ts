import type { DefinitionFinding, FormPackage } from "@cluster-form/schema";
import type { Outline, Site } from "../types.js";

/** The form in paper order: parts, their fields and lists, texts, computed values and criteria, each with its site. */
export function buildOutline(pkg: FormPackage): Outline {
  throw new Error(`not yet: ${pkg.origin}`);
}

/** The findings (lint's, the loader's) that concern an outline item: same file, at or inside its pointer. */
export function findingsAt(site: Site, findings: readonly DefinitionFinding[]): DefinitionFinding[] {
  return findings.filter((f) => f.location.file === site.file && (f.location.pointer === site.pointer || f.location.pointer.startsWith(`${site.pointer}/`)));
}
