/**
 * How many JSON values a text can hold, read from its UTF-8 bytes before any parser sees it, so
 * that what a parser builds is bounded by the form (`submissionLimits(pkg).maxValues`), not by the
 * text: 100 MB of `{},` is 33 million objects. Every value is the text itself, the first in its
 * object or list, or after a comma, so the values are at most 1 + the objects and lists + the
 * commas, counted outside strings. No allocation, one pass, and it can be fed the text in pieces
 * as they arrive (a string or a run of backslashes may span two).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_LIST = 0x5b;
const OPEN_OBJECT = 0x7b;

/** Backslashes just before `end` in `bytes`, from `start` on (all of them, `end - start`, when the run reaches `start`). */
function backslashesBefore(bytes: Uint8Array, start: number, end: number): number {
  let at = end - 1;
  while (at >= start && bytes[at] === BACKSLASH) at -= 1;
  return end - 1 - at;
}

export class ValueCounter {
  /** At most how many values the bytes so far hold. */
  values = 1;
  #inString = false;
  /** Inside a string: the backslashes that ended the previous piece (a quote right after an odd run is escaped). */
  #carried = 0;

  /** Counts `bytes`, the next piece of the body; stops once past `limit`. Returns the values so far. */
  add(bytes: Uint8Array, limit: number): number {
    let i = 0;
    while (i < bytes.length && this.values <= limit) {
      if (this.#inString) {
        i = this.#skipString(bytes, i);
        continue;
      }
      const byte = bytes[i] as number;
      if (byte === QUOTE) {
        this.#inString = true;
        this.#carried = 0;
      } else if (byte === COMMA || byte === OPEN_LIST || byte === OPEN_OBJECT) this.values += 1;
      i += 1;
    }
    return this.values;
  }

  /** From `from` inside a string: the index after its closing quote, or the end of `bytes` (the string goes on). */
  #skipString(bytes: Uint8Array, from: number): number {
    // A native search skips a text's characters (attachments run to megabytes).
    for (let quote = bytes.indexOf(QUOTE, from); quote !== -1; quote = bytes.indexOf(QUOTE, quote + 1)) {
      const before = backslashesBefore(bytes, from, quote);
      const run = before === quote - from ? before + this.#carried : before;
      if (run % 2 === 0) {
        this.#inString = false;
        return quote + 1;
      }
    }
    const tail = backslashesBefore(bytes, from, bytes.length);
    this.#carried = tail === bytes.length - from ? tail + this.#carried : tail;
    return bytes.length;
  }
}

/** At most how many values `bytes` (UTF-8 JSON) holds; counting stops past `limit`, returning a number above it. */
export const countValues = (bytes: Uint8Array, limit: number): number => new ValueCounter().add(bytes, limit);
