/**
 * The central directory of a zip archive (an .xlsx file is one): each entry's name, compression
 * and sizes as the archive declares them, read without inflating anything. The size guard
 * (workbook-guard.ts) judges a workbook by it before exceljs is asked to parse it.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate: the only methods .xlsx files use. */
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive declares (an attacker may lie: see workbook-guard.ts). */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: "notZip" | "zip64" | "corrupt" };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const ENTRY_SIZE = 46;
const LOCAL_SIZE = 30;
/** The end record sits within the last 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = END_SIZE + 0xffff;

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function findEnd(data: DataView): number {
  for (let at = data.byteLength - END_SIZE; at >= Math.max(0, data.byteLength - END_SEARCH); at--) {
    if (data.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

/** Reads the central directory. A ZIP64 archive (over 4 GB or 65,535 entries) is never a workbook of a form: refused as such. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const data = view(bytes);
  const end = findEnd(data);
  if (end < 0) return { ok: false, reason: "notZip" };
  const count = data.getUint16(end + 10, true);
  const directorySize = data.getUint32(end + 12, true);
  const directoryOffset = data.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return { ok: false, reason: "zip64" };
  if (directoryOffset + directorySize > end) return { ok: false, reason: "corrupt" };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_SIZE > end || data.getUint32(at, true) !== ENTRY_SIGNATURE) return { ok: false, reason: "corrupt" };
    const nameLength = data.getUint16(at + 28, true);
    const next = at + ENTRY_SIZE + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (next > end) return { ok: false, reason: "corrupt" };
    const compressedSize = data.getUint32(at + 20, true);
    const size = data.getUint32(at + 24, true);
    const localOffset = data.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return { ok: false, reason: "zip64" };
    entries.push({ name: decoder.decode(bytes.subarray(at + ENTRY_SIZE, at + ENTRY_SIZE + nameLength)), method: data.getUint16(at + 10, true), compressedSize, size, localOffset });
    at = next;
  }
  return { ok: true, entries };
}

/** The entry's compressed bytes, found through its local header; undefined when they lie outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const data = view(bytes);
  if (entry.localOffset + LOCAL_SIZE > bytes.byteLength || data.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) return undefined;
  const start = entry.localOffset + LOCAL_SIZE + data.getUint16(entry.localOffset + 26, true) + data.getUint16(entry.localOffset + 28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.byteLength ? bytes.subarray(start, stop) : undefined;
}
