/**
 * Refuses a workbook that would exhaust memory before exceljs parses it: by the sizes its zip
 * directory declares, then by the bytes each part really inflates to (a part may declare 1 KB
 * and hold 400 MB). The check inflates in small pieces and keeps nothing, so its memory stays
 * flat and its work is bounded by the limit, not by the file.
 */
import { Inflate } from "fflate";
import type { FormPackage, LocalizedMessage } from "@cluster-form/schema";
import type { ProblemCode } from "./messages.js";
import { problemMessage } from "./messages.js";
import type { WorkbookLimits } from "./workbook-limits.js";
import { workbookLimits } from "./workbook-limits.js";
import type { ZipEntry } from "./zip-directory.js";
import { entryData, readZipDirectory } from "./zip-directory.js";

export interface WorkbookRefusal {
  readonly code: Extract<ProblemCode, "excel.fileTooLarge" | "excel.tooLarge" | "excel.tooManyEntries" | "excel.sizeLie" | "excel.notZip">;
  readonly reason: LocalizedMessage;
}

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes inflated at a time: deflate expands at most about 1,000 times, so one step makes at most ~4 MB. */
const STEP = 4096;
/** Inflated bytes between two pauses, so that a page stays responsive while a large workbook is checked. */
const PAUSE_EVERY = 8 * 2 ** 20;

const refusal = <K extends WorkbookRefusal["code"]>(code: K, params: Parameters<typeof problemMessage<K>>[1]): WorkbookRefusal => ({ code, reason: problemMessage(code, params) });

/** Refuses a file larger than any workbook of the form, before it is read into memory. */
export function checkWorkbookFileSize(size: number, limits: WorkbookLimits): WorkbookRefusal | undefined {
  return size > limits.maxFileBytes ? refusal("excel.fileTooLarge", { size, limit: limits.maxFileBytes }) : undefined;
}

class TooLarge extends Error {}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The bytes the entry really inflates to, stopping as soon as they pass its declared size. */
async function inflatesWithin(compressed: Uint8Array, declared: number, progress: { sincePause: number }): Promise<boolean | "broken"> {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    progress.sincePause += chunk.length;
    if (size > declared) throw new TooLarge();
  });
  try {
    for (let at = 0; at < compressed.length; at += STEP) {
      inflate.push(compressed.subarray(at, at + STEP), at + STEP >= compressed.length);
      if (progress.sincePause > PAUSE_EVERY) {
        progress.sincePause = 0;
        await pause();
      }
    }
    if (compressed.length === 0) inflate.push(compressed, true);
  } catch (error) {
    return error instanceof TooLarge ? false : "broken";
  }
  return true;
}

async function checkEntry(bytes: Uint8Array, entry: ZipEntry, progress: { sincePause: number }): Promise<WorkbookRefusal | undefined> {
  const compressed = entryData(bytes, entry);
  if (!compressed) return refusal("excel.notZip", { detail: "corrupt" });
  if (entry.method === STORED) return compressed.length > entry.size ? refusal("excel.sizeLie", { entry: entry.name, declared: entry.size }) : undefined;
  if (entry.method !== DEFLATED) return refusal("excel.notZip", { detail: "method" });
  const within = await inflatesWithin(compressed, entry.size, progress);
  if (within === "broken") return refusal("excel.notZip", { detail: "inflate" });
  return within ? undefined : refusal("excel.sizeLie", { entry: entry.name, declared: entry.size });
}

/**
 * Checks .xlsx bytes against the form's limits without parsing them: the number of parts, the
 * sizes they declare, and the sizes they really inflate to. Undefined when the workbook may be read.
 */
export async function checkWorkbook(bytes: Uint8Array, limits: WorkbookLimits): Promise<WorkbookRefusal | undefined> {
  const tooBig = checkWorkbookFileSize(bytes.byteLength, limits);
  if (tooBig) return tooBig;
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return refusal("excel.notZip", { detail: directory.reason });
  const { entries } = directory;
  if (entries.length > limits.maxEntries) return refusal("excel.tooManyEntries", { count: entries.length, limit: limits.maxEntries });
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.maxBytes) return refusal("excel.tooLarge", { size: declared, limit: limits.maxBytes });
  const progress = { sincePause: 0 };
  for (const entry of entries) {
    const refused = await checkEntry(bytes, entry, progress);
    if (refused) return refused;
  }
  return undefined;
}

/** `checkWorkbook` with the form's limits: what the import entry points ask before exceljs reads anything. */
export function guardWorkbook(pkg: FormPackage, bytes: ArrayBuffer | Uint8Array): Promise<WorkbookRefusal | undefined> {
  return checkWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), workbookLimits(pkg));
}
