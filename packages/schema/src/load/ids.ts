/**
 * The ids of a form that become keys of objects (results, submissions, rule contexts, summary
 * sheets) are held to their meta-schema's pattern whenever a form is loaded or evaluated, checked
 * or not: an id such as `__proto__` would otherwise set an object's prototype instead of a key.
 * The patterns are those of ../../meta/*.json (a test keeps them equal); that JSON is not imported,
 * so that a page drawing a form does not carry the meta-schemas.
 */
import { FormDefinitionError } from "../errors.js";
import { unplaced } from "../json/fast-parse.js";
import { message } from "../locales/index.js";
import { isRecord } from "../model/record.js";
import type { DefinitionFinding, FormFileKind, FormPackage } from "../types.js";
import { MANIFEST_FILE } from "./manifest-files.js";
import { normalizeRelativePath } from "./paths.js";

/** `identifier` of manifest.json and rules.json: parts, roles, score columns. */
const IDENTIFIER_PATTERN = "^[a-z][a-zA-Z0-9]*$";
/** `dottedId` of rules.json: computed values, checks, criteria, vetoes. */
const DOTTED_ID_PATTERN = "^[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*$";
/** The ids of summary-sheet.json's columns and parameters. */
const SHEET_ID_PATTERN = "^[a-zA-Z][a-zA-Z0-9]*$";

/** The lists of a file kind whose items have an `id`, and the pattern of those ids. */
const idLists: Readonly<Partial<Record<FormFileKind, readonly (readonly [list: string, pattern: string])[]>>> = {
  manifest: [
    ["roles", IDENTIFIER_PATTERN],
    ["scoreColumns", IDENTIFIER_PATTERN],
    ["parts", IDENTIFIER_PATTERN],
  ],
  rules: [
    ["computed", DOTTED_ID_PATTERN],
    ["checks", DOTTED_ID_PATTERN],
    ["criteria", DOTTED_ID_PATTERN],
    ["veto", DOTTED_ID_PATTERN],
  ],
  "summary-sheet": [
    ["columns", SHEET_ID_PATTERN],
    ["parameters", SHEET_ID_PATTERN],
  ],
};

const compiled = new Map<string, RegExp>();
const regexOf = (pattern: string): RegExp => {
  let regex = compiled.get(pattern);
  if (!regex) compiled.set(pattern, (regex = new RegExp(pattern, "u")));
  return regex;
};

/** A form file's parsed value, with its path and kind. */
export interface FormFileValue {
  readonly path: string;
  readonly kind: FormFileKind;
  readonly value: unknown;
}

/**
 * A finding for every id in `files` that is missing, not a string or off its pattern; unplaced
 * (`placeFindings` gives them line and column). A list that is not an array of objects is one too:
 * its items could not be read for ids.
 */
export function idFindings(files: Iterable<FormFileValue>): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  const problem = (code: string, file: string, pointer: string, msg: DefinitionFinding["message"]): void => {
    findings.push({ code, severity: "error", location: unplaced(file, pointer), message: msg });
  };
  for (const { path, kind, value } of files) {
    if (!isRecord(value)) continue;
    for (const [list, pattern] of idLists[kind] ?? []) {
      const items = Object.hasOwn(value, list) ? value[list] : undefined;
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        problem("meta-type", path, `/${list}`, message("metaType", { expected: "array" }));
        continue;
      }
      items.forEach((item: unknown, index) => {
        const at = `/${list}/${index}`;
        if (!isRecord(item)) return problem("meta-type", path, at, message("metaType", { expected: "object" }));
        const id = Object.hasOwn(item, "id") ? item["id"] : undefined;
        if (id === undefined) problem("meta-required", path, at, message("metaRequired", { key: "id" }));
        else if (typeof id !== "string") problem("meta-type", path, `${at}/id`, message("metaType", { expected: "string" }));
        else if (!regexOf(pattern).test(id)) problem("meta-pattern", path, `${at}/id`, message("metaPattern", { pattern }));
      });
    }
  }
  return findings;
}

/** The files of a package whose ids are keys: the manifest, the parts' rules, the summary sheet. */
function packageFiles(pkg: FormPackage): FormFileValue[] {
  const pathOf = (path: string | undefined, fallback: string): string => (path === undefined ? fallback : (normalizeRelativePath(path) ?? path));
  const files: FormFileValue[] = [{ path: MANIFEST_FILE, kind: "manifest", value: pkg.manifest }];
  pkg.parts.forEach((part, index) => {
    if (part.rules !== undefined) files.push({ path: pathOf(part.ref.rules, `parts/${index}/rules`), kind: "rules", value: part.rules });
  });
  if (pkg.summarySheet !== undefined) {
    files.push({ path: pathOf(pkg.manifest.summarySheet, "summarySheet"), kind: "summary-sheet", value: pkg.summarySheet });
  }
  return files;
}

/**
 * Refuses a package made without the loader (which checks the same on every load) whose ids are
 * not names: the loader's error, each finding at its file and pointer. Lines and columns are not
 * worked out here (that needs the JSON parser a page drawing a form never loads): each is at line 1,
 * column 1, as for a file the package has no text of.
 */
export function assertFormIds(pkg: FormPackage): void {
  const findings = idFindings(packageFiles(pkg));
  if (findings.length === 0) return;
  const atFileStart = findings.map((finding) => ({ ...finding, location: { ...finding.location, line: 1, column: 1 } }));
  throw new FormDefinitionError(atFileStart, pkg.origin);
}
