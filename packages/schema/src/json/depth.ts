/**
 * A bound on the nesting of JSON text, checked by one flat scan before any parser that recurses
 * (jsonc-parser, and every walk over the value after it) sees the text: a document nested
 * 100,000 levels deep is a finding, never a stack overflow.
 */

/** Deeper than any form file or submission needs (a submission may nest 64 levels); far below what recursion survives. */
export const MAX_JSON_DEPTH = 256;

/** The offset of the bracket that opens a level deeper than `max`, or -1 when the text nests no deeper. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      // Skip the string, escapes included; an unterminated one ends the scan.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x22) break;
      }
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth++;
      if (depth > max) return i;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return -1;
}
