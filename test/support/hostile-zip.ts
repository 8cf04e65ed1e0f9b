/** Tampering with real .xlsx archives, as an attacker would, for the hostile-workbook tests. */
import { readZipDirectory } from "../../packages/excel/src/zip-directory.js";

/** Sets the uncompressed size an entry declares, in its local header and in the central directory. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes); // a copy, also of a Buffer (whose slice() is a view)
  const view = new DataView(out.buffer);
  const directory = readZipDirectory(out);
  if (!directory.ok) throw new Error("not a zip");
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  view.setUint32(entry.localOffset + 22, size, true);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50 && view.getUint32(at + 42, true) === entry.localOffset) view.setUint32(at + 24, size, true);
  }
  return out;
}
