// Shared by the bundle plugins that leave code out: the ranges are replaced by spaces (newlines
// kept), so nothing else moves and the source map stays right.

/** `text` with every character but newlines replaced by a space. */
export const blank = (text) => text.replace(/[^\n]/g, " ");

/** `code` with each `[from, to)` range blanked; the ranges must not overlap. */
export function blankRanges(code, ranges) {
  let out = "";
  let at = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, from) + blank(code.slice(from, to));
    at = to;
  }
  return out + code.slice(at);
}
