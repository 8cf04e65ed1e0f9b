/**
 * Loading a form package from any source of files: read the manifest, read what it names,
 * parse strictly, inline shared `$ref`s, freeze. Shared by the Node and browser loaders.
 */
import { FormDefinitionError } from "../errors.js";
import { parseFormFile, placeFindings, unplaced } from "../json/fast-parse.js";
import { message } from "../locales/index.js";
import { isRecord } from "../model/record.js";
import type {
  DataSchema,
  DefinitionFinding,
  FormManifest,
  FormPackage,
  LayoutFile,
  LoadedPart,
  PartRef,
  RulesFile,
  SourceFile,
  SummarySheetDef,
} from "../types.js";
import { dereference } from "./deref.js";
import { freezeEverything } from "./freeze.js";
import { idFindings } from "./ids.js";
import { MANIFEST_FILE, manifestFiles } from "./manifest-files.js";
import type { NamedFile } from "./manifest-files.js";
import { normalizeRelativePath } from "./paths.js";
import { unsafePatternFindings } from "./patterns.js";

/** Definition checks run on a loaded form, as `checkDefinition` does. */
export type DefinitionCheck = (pkg: FormPackage) => readonly DefinitionFinding[];

export interface LoadOptions {
  /**
   * Checks the form once loaded (pass `checkDefinition`): a form they find errors in is refused
   * with those findings, each at its file, line, column and pointer. Without it the loader only
   * parses, resolves `$ref`s, refuses unsafe patterns and ids off their pattern (./ids.ts), and a
   * form that was never checked may fail later with the schema compiler's message. The option is
   * a function, not a flag, so that pages loading forms already checked by `cluster-form build` do
   * not carry the checks.
   */
  readonly check?: DefinitionCheck;
  /**
   * Refuse patterns that could backtrack catastrophically (./patterns.ts). Default true. A page
   * that validates with the validators `cluster-form build` wrote may skip it: build checked the
   * patterns, and they run inside that module, not compiled from these files.
   */
  readonly checkPatterns?: boolean;
}

/** Reads one file of the form: its text, or undefined when it does not exist. May throw for other failures. */
export type FileReader = (path: string) => Promise<string | undefined>;

/** What a reader throws for a file whose real path leaves the form folder (a symbolic link out of it). */
export class FileOutsideFormError extends Error {
  constructor(readonly path: string) {
    super(`${path} leads outside the form folder`);
    this.name = "FileOutsideFormError";
  }
}

function readFailure(path: string, error: unknown, inManifest: boolean, pointer: string): DefinitionFinding {
  const location = inManifest ? unplaced(MANIFEST_FILE, pointer) : { file: path, line: 1, column: 1, pointer: "" };
  if (error instanceof FileOutsideFormError) {
    return { code: "file-outside-form", severity: "error", location, message: message("fileOutsideForm", { path }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "file-unreadable", severity: "error", location, message: message("fileUnreadable", { path, detail }) };
}

async function readSafely(read: FileReader, path: string): Promise<{ text?: string; error?: unknown }> {
  try {
    const text = await read(path);
    return text === undefined ? {} : { text };
  } catch (error) {
    return { error };
  }
}

/** Files read at once: a manifest of 10,000 parts must not open 20,000 files together (EMFILE). */
const MAX_CONCURRENT_READS = 32;

/** `map` over `items` with at most `limit` calls pending, results in the items' order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads and parses every named file; problems go to `findings`, each at the manifest key naming the file or in the file itself. */
async function readNamedFiles(
  read: FileReader,
  files: readonly NamedFile[],
  findings: DefinitionFinding[],
): Promise<{ texts: Map<string, string>; values: Map<string, unknown> }> {
  const texts = new Map<string, string>();
  const values = new Map<string, unknown>();
  const reads = await mapConcurrently(files, MAX_CONCURRENT_READS, async (file) => ({ file, result: await readSafely(read, file.path) }));
  for (const { file, result } of reads) {
    if (result.error !== undefined) {
      findings.push(readFailure(file.path, result.error, true, file.pointer));
    } else if (result.text === undefined) {
      findings.push({
        code: "file-missing",
        severity: "error",
        location: unplaced(MANIFEST_FILE, file.pointer),
        message: message("fileMissing", { path: file.path }),
      });
    } else {
      texts.set(file.path, result.text);
      const parsed = await parseFormFile(file.path, result.text);
      findings.push(...parsed.findings);
      if (parsed.findings.length > 0) continue;
      if (!isRecord(parsed.value)) {
        findings.push({ code: "file-not-object", severity: "error", location: unplaced(file.path, ""), message: message("fileNotObject") });
        continue;
      }
      values.set(file.path, parsed.value);
    }
  }
  return { texts, values };
}

export async function loadFromReader(origin: string, read: FileReader, options: LoadOptions = {}): Promise<FormPackage> {
  const manifestRead = await readSafely(read, MANIFEST_FILE);
  if (manifestRead.error !== undefined) throw new FormDefinitionError([readFailure(MANIFEST_FILE, manifestRead.error, false, "")], origin);
  const manifestText = manifestRead.text;
  if (manifestText === undefined) {
    throw new FormDefinitionError(
      [{ code: "file-missing", severity: "error", location: { file: MANIFEST_FILE, line: 1, column: 1, pointer: "" }, message: message("fileMissing", { path: MANIFEST_FILE }) }],
      origin,
    );
  }
  const parsedManifest = await parseFormFile(MANIFEST_FILE, manifestText);
  if (parsedManifest.findings.length > 0) throw new FormDefinitionError(parsedManifest.findings, origin);
  const named = manifestFiles(parsedManifest.value);
  const findings = [...named.findings];

  const files = await readNamedFiles(read, named.files, findings);
  const texts = new Map<string, string>([[MANIFEST_FILE, manifestText], ...files.texts]);
  const values = files.values;
  if (findings.length > 0) throw new FormDefinitionError(await placeFindings(findings, texts), origin);

  const documents = new Map(named.files.filter((f) => f.kind === "data-schema").map((f) => [f.path, values.get(f.path)]));
  // Ids are keys of objects: checked on every load, whatever the options (./ids.ts).
  findings.push(...idFindings([{ path: MANIFEST_FILE, kind: "manifest", value: parsedManifest.value }, ...named.files.map((file) => ({ ...file, value: values.get(file.path) }))]));
  if (options.checkPatterns !== false) findings.push(...(await unsafePatternFindings(documents)));
  const derefContext = { documents, texts, known: new Set(texts.keys()), findings, expansion: { nodes: 0, exceeded: false } };
  const manifest = parsedManifest.value as FormManifest;
  const at = (path: string | undefined): string | undefined => (path === undefined ? undefined : normalizeRelativePath(path));
  const parts: LoadedPart[] = manifest.parts.map((ref: PartRef) => {
    const schemaPath = at(ref.schema);
    const rulesPath = at(ref.rules);
    const schema = schemaPath === undefined ? undefined : (dereference(schemaPath, values.get(schemaPath), derefContext) as DataSchema);
    return {
      ref,
      ...(schema === undefined ? {} : { schema }),
      layout: values.get(at(ref.layout) ?? "") as LayoutFile,
      ...(rulesPath === undefined ? {} : { rules: values.get(rulesPath) as RulesFile }),
    };
  });
  // Shared files are dereferenced too, so that a dangling reference in one is reported even if no part uses it.
  const partSchemas = new Set(manifest.parts.map((ref) => at(ref.schema)));
  for (const file of named.files) {
    if (file.kind === "data-schema" && !partSchemas.has(file.path)) dereference(file.path, values.get(file.path), derefContext);
  }
  if (findings.length > 0) throw new FormDefinitionError(await placeFindings(findings, texts), origin);

  const summaryPath = at(manifest.summarySheet);
  const sources = new Map<string, SourceFile>([...texts].map(([path, text]) => [path, { path, text }]));
  const pkg: FormPackage = {
    manifest,
    parts,
    ...(summaryPath === undefined ? {} : { summarySheet: values.get(summaryPath) as SummarySheetDef }),
    origin,
    sources,
  };
  const loaded = freezeEverything(pkg);
  const errors = options.check ? options.check(loaded).filter((finding) => finding.severity === "error") : [];
  if (errors.length > 0) throw new FormDefinitionError(errors, origin);
  return loaded;
}
