/**
 * Whether a thread has the memory to parse a body, decided before `JSON.parse` runs. The thread's
 * heap limit cannot be the check: Node ends a worker that reaches it only where the engine can
 * stop, and a native parse that keeps allocating past it aborts the whole process instead
 * (nodejs/node#47224), ending every request in flight.
 */
import { getHeapStatistics } from "node:v8";

/**
 * Heap bytes that parsing a body of `bytes` holding at most `values` values can need: the decoded
 * text and the parsed strings take at most 2 bytes a character each, a character at least one
 * byte; a value at most 256 bytes (measured: 112 for an object with a key of its own, 36 for an
 * empty one, 2 per byte for ASCII text, 1.33 for Chinese).
 */
export const parseNeedBytes = (bytes: number, values: number): number => 4 * bytes + 256 * values;

export interface HeapRoom {
  /** Bytes of the thread's heap a submission may use: its limit less what the thread holds between submissions. */
  readonly freeBytes: number;
  /** The thread's whole heap limit as configured, in MB, for the message. */
  readonly limitMb: number;
}

/**
 * The room a submission has in this thread's heap, whose configured limit is `limitMb`, given what
 * the thread holds between submissions (`heldBytes`, measured once its forms are loaded). What
 * earlier submissions left is garbage, not counted: the engine collects it before it gives up, and
 * counting it would refuse a large legitimate body after another one until a collection happens.
 */
export function heapRoom(limitMb: number, heldBytes: number): HeapRoom {
  return { freeBytes: Math.max(0, getHeapStatistics().heap_size_limit - heldBytes), limitMb };
}

/** What the thread holds now, garbage of its start included (so the room errs on the safe side). */
export const heapHeld = (): number => getHeapStatistics().used_heap_size;
