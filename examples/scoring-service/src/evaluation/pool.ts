/**
 * Evaluation off the event loop: a fixed pool of worker threads (piscina) with a bounded queue,
 * a deadline per task and a heap limit per thread. The event loop only receives bodies and sends
 * answers, so GET /health and every other request stay quick whatever a submission costs.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { problem } from "../problem.js";
import type { Problem } from "../problem.js";
import { problemAnswer } from "./answer.js";
import type { Answer, EditsTask, EvaluationTask } from "./answer.js";

export interface EvaluationLimits {
  /** Worker threads. Default: one per core (the event loop itself does little). */
  readonly threads: number;
  /** Submissions waiting for a thread; past that, 503. */
  readonly queue: number;
  /** Longest a submission may take, waiting included, before it is answered with 503 and its thread replaced. */
  readonly timeoutMs: number;
  /**
   * Heap of each thread (V8 old generation), in MB. A body whose parse could need more than the
   * thread has free gets 503 before it is parsed (./heap-room.ts); a submission that still runs
   * out gets 503 and its thread is replaced.
   */
  readonly heapMb: number;
  /**
   * Bytes of request bodies held at once (arriving, waiting or being evaluated), by their
   * content-length: past it, a submission gets 503 before its body is read. At least the body limit.
   */
  readonly bodyBytes: number;
}

export const DEFAULT_EVALUATION_LIMITS: EvaluationLimits = {
  threads: availableParallelism(),
  queue: 64,
  timeoutMs: 10_000,
  heapMb: 1024,
  bodyBytes: 512 * 1024 * 1024,
};

export interface EvaluationPool {
  /**
   * Room for a body of `bytes`, or undefined when the bodies already held leave none.
   * Call the returned release once its answer is sent.
   */
  enter(bytes: number): (() => void) | undefined;
  run(task: EvaluationTask | EditsTask): Promise<Answer>;
  close(): Promise<void>;
}

export const busyProblem = (): Problem => problem("busy", "The service holds as many submissions as it may at once. Retry shortly.");

/** Piscina's errors for a task refused because every thread is busy: the queue is full, or there is none (`queue: 0`). */
const QUEUE_FULL: ReadonlySet<string> = new Set(["Task queue is at limit", "No task queue available and all Workers are busy"]);

/** What a task that did not finish is answered with; other failures are bugs, left to the error handler. */
function failure(error: unknown, limits: EvaluationLimits): Answer | undefined {
  const { name, message, code } = error as { name?: string; message?: string; code?: string };
  if (name === "AbortError") {
    return problemAnswer(problem("evaluation-limit", `The submission was not evaluated within ${limits.timeoutMs / 1000} s, the service's limit per request.`));
  }
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return problemAnswer(problem("evaluation-limit", `The submission needed more than the ${limits.heapMb} MB of memory the service allows per evaluation.`));
  }
  if (message !== undefined && QUEUE_FULL.has(message)) return problemAnswer(busyProblem());
  return undefined;
}

export function createEvaluationPool(formsDir: string, limits: EvaluationLimits): EvaluationPool {
  const piscina = new Piscina<EvaluationTask | EditsTask, Answer>({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: limits.threads,
    maxThreads: limits.threads,
    maxQueue: limits.queue,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    workerData: { formsDir, heapMb: limits.heapMb },
  });
  let held = 0;
  return {
    enter(bytes) {
      if (held + bytes > limits.bodyBytes) return undefined;
      held += bytes;
      let released = false;
      return () => {
        if (!released) held -= bytes;
        released = true;
      };
    },
    async run(task) {
      const { body } = task;
      // A body in a buffer of its own moves to the thread without a copy.
      const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
      try {
        return await piscina.run(task, { signal: AbortSignal.timeout(limits.timeoutMs), ...(owned ? { transferList: [body.buffer as ArrayBuffer] } : {}) });
      } catch (error) {
        const answer = failure(error, limits);
        if (answer) return answer;
        throw error;
      }
    },
    close: () => piscina.destroy(),
  };
}
