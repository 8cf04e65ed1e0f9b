/**
 * Progress of long work as one line on standard error, rewritten in place (`\r`, erase to end of
 * line), at most a few times a second. Only on a terminal: piped or redirected, stderr carries the
 * messages a script reads, never progress.
 */
import type { CliIo } from "./types.js";

export interface Progress {
  /** Shows `line()` if enough time has passed since the last update. */
  update(line: () => string): void;
  /** Clears the line, so that what is printed next starts at the margin. */
  done(): void;
}

const INTERVAL_MS = 100;
const CLEAR = "\r\x1b[K";

const QUIET: Progress = { update() {}, done() {} };

export function createProgress(io: CliIo, now: () => number = Date.now): Progress {
  if (io.stderr.isTTY !== true) return QUIET;
  let last = -Infinity;
  let shown = false;
  return {
    update(line) {
      const at = now();
      if (at - last < INTERVAL_MS) return;
      last = at;
      shown = true;
      io.stderr.write(CLEAR + line());
    },
    done() {
      if (shown) io.stderr.write(CLEAR);
      shown = false;
    },
  };
}
