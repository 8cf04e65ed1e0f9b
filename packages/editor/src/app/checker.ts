/** Runs the server's check after the officer stops typing for a moment; a newer check cancels an older one. */
import { checkTexts, type CheckResponse } from "./api.js";

export const CHECK_DELAY_MS = 400;

export class Checker {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: AbortController | undefined;

  constructor(private readonly done: (result: CheckResponse) => void, private readonly failed: (error: Error) => void) {}

  schedule(unsaved: () => Readonly<Record<string, string>>, sample: () => { file: string; index: number } | undefined, delay = CHECK_DELAY_MS): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running?.abort();
      const running = new AbortController();
      this.#running = running;
      checkTexts(unsaved(), sample(), running.signal).then(
        (result) => {
          if (!running.signal.aborted) this.done(result);
        },
        (error: unknown) => {
          if (!running.signal.aborted) this.failed(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }, delay);
  }

  get busy(): boolean {
    return this.#timer !== undefined;
  }
}
