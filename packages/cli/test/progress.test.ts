// The progress line: shown only on a terminal, at most every 100 ms, cleared when done.
import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { createProgress } from "../src/progress.js";

function io(isTTY: boolean | undefined) {
  const written: string[] = [];
  const stderr = isTTY === undefined ? { write: (t: string) => written.push(t) } : { write: (t: string) => written.push(t), isTTY };
  return { written, io: { stdout: { write: () => true }, stderr, stdin: new PassThrough(), cwd: "." } };
}

describe("createProgress", () => {
  test("on a terminal: the first update at once, then at most one per 100 ms, each rewriting the line; done clears it", () => {
    const { written, io: terminal } = io(true);
    let now = 1000;
    const progress = createProgress(terminal, () => now);
    let calls = 0;
    const line = (n: number) => () => {
      calls++;
      return `n=${n}`;
    };
    progress.update(line(1));
    now += 50;
    progress.update(line(2));
    now += 60;
    progress.update(line(3));
    progress.done();
    expect(written).toEqual(["\r\x1b[Kn=1", "\r\x1b[Kn=3", "\r\x1b[K"]);
    // A skipped update does not even build its text.
    expect(calls).toBe(2);
  });

  test("not a terminal (piped, redirected, or a stream that does not say): nothing at all", () => {
    for (const isTTY of [false, undefined]) {
      const { written, io: piped } = io(isTTY);
      const progress = createProgress(piped, () => 0);
      progress.update(() => "n=1");
      progress.done();
      expect(written).toEqual([]);
    }
  });

  test("done without any update writes nothing", () => {
    const { written, io: terminal } = io(true);
    createProgress(terminal).done();
    expect(written).toEqual([]);
  });
});
