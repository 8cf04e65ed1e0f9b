/**
 * `cluster-form score … | head`: once the reader closes the pipe, further writes fail with EPIPE,
 * emitted as an 'error' event that Node would print as an unhandled stack trace. A closed reader
 * wants no more output, which is not a failure: stop quietly with exit code 0. Other stream errors
 * keep Node's default (an uncaught exception).
 */

interface ErrorEmitter {
  on(event: "error", listener: (error: Error) => void): unknown;
}

const isBrokenPipe = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "EPIPE";

export function exitQuietlyOnBrokenPipe(streams: readonly ErrorEmitter[], exit: (code: number) => void = (code) => process.exit(code)): void {
  for (const stream of streams) {
    stream.on("error", (error) => {
      if (isBrokenPipe(error)) exit(0);
      else throw error;
    });
  }
}
