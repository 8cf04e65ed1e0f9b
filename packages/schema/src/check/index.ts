/**
 * checkDefinition: every file against its meta-schema, then the references between files.
 * Rule semantics (var paths, operand types, cycles, points adding up) are the rules lint's.
 */
import { parseJson } from "../json/parse.js";
import { MANIFEST_FILE } from "../load/manifest-files.js";
import type { DefinitionFinding, FormPackage } from "../types.js";
import { createContext, fileKinds, pathOf } from "./context.js";
import { idRegistry } from "./ids.js";
import { checkLayoutRefs } from "./layout-refs.js";
import { checkManifestRefs } from "./manifest-refs.js";
import { checkMeta } from "./meta.js";
import { checkPatternHints } from "./pattern-hints.js";
import { checkRulesRefs } from "./rules-refs.js";
import { checkFieldsShown, checkPartIsObject, checkRequiredNames } from "./schema-refs.js";
import { checkSummarySheetRefs } from "./summary-sheet-refs.js";

const byPlace = (a: DefinitionFinding, b: DefinitionFinding): number =>
  a.location.file === b.location.file
    ? a.location.line - b.location.line || a.location.column - b.location.column
    : a.location.file === MANIFEST_FILE
      ? -1
      : b.location.file === MANIFEST_FILE
        ? 1
        : a.location.file < b.location.file
          ? -1
          : 1;

export function checkDefinition(pkg: FormPackage): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  const valid = new Set<string>();
  const context = createContext(pkg, valid, findings);
  const kinds = fileKinds(pkg);
  for (const path of checkMeta(context, kinds)) valid.add(path);
  for (const [path, kind] of kinds) {
    const source = pkg.sources.get(path);
    if (kind !== "data-schema" || !source || !valid.has(path)) continue;
    const schema = parseJson(path, source.text).value;
    checkRequiredNames(context, path, schema);
    checkPatternHints(context, path, schema);
  }
  // References are only followed through a manifest whose shape is right.
  if (valid.has(MANIFEST_FILE)) {
    checkManifestRefs(context);
    const ids = {
      computed: idRegistry(context, "computed value"),
      checks: idRegistry(context, "check"),
      criteria: idRegistry(context, "criterion"),
      veto: idRegistry(context, "veto"),
    };
    for (const part of pkg.parts) checkRulesRefs(context, part, ids);
    const computedIds = new Set(
      pkg.parts.flatMap((part) => (part.rules && valid.has(pathOf(part.ref.rules)) ? (part.rules.computed ?? []).map((c) => c.id) : [])),
    );
    const partIds = new Set(pkg.manifest.parts.map((p) => p.id));
    const scoreColumnIds = new Set(pkg.manifest.scoreColumns.map((c) => c.id));
    for (const part of pkg.parts) {
      checkPartIsObject(context, part);
      checkLayoutRefs(context, part, { computedIds, partIds, scoreColumnIds });
      checkFieldsShown(context, part);
    }
    checkSummarySheetRefs(context);
  }
  return findings.sort(byPlace);
}
