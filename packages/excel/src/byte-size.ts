/** A size in bytes as people read it in a message: `490.2 MB`, `12 KB`, `10 bytes` (binary units, as file managers count). */
export function byteSize(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}
