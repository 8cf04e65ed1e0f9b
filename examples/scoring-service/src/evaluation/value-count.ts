/**
 * How many JSON values a body can hold, read from its bytes before it is parsed. Every value is
 * the body itself, the first in its object or list, or after a comma, so the values are at most
 * 1 + the objects and lists + the commas, counted outside strings. No allocation, one pass.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_LIST = 0x5b;
const OPEN_OBJECT = 0x7b;

/** Where the string whose opening quote is before `from` ends: its closing quote, or the end of the bytes. */
function closingQuote(bytes: Uint8Array, from: number): number {
  // A native search skips a text's characters (attachments run to megabytes); a quote is escaped when an odd run of backslashes precedes it.
  for (let quote = bytes.indexOf(QUOTE, from); quote !== -1; quote = bytes.indexOf(QUOTE, quote + 1)) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return bytes.length;
}

/** At most how many values `bytes` (UTF-8 JSON) holds; counting stops past `limit`, returning `limit + 1`. */
export function countValues(bytes: Uint8Array, limit: number): number {
  let values = 1;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) i = closingQuote(bytes, i + 1);
    else if (byte === COMMA || byte === OPEN_LIST || byte === OPEN_OBJECT) {
      values += 1;
      if (values > limit) return values;
    }
  }
  return values;
}
