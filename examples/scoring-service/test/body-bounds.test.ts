/**
 * How much heap parsing a body can need, and how much a thread has: the bound the service puts on
 * a body before it parses it, besides its count of values (packages/schema/test/value-count.test.ts).
 * On the compiled service, as it ships.
 */
import { join } from "node:path";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import type * as HeapRoom from "../src/evaluation/heap-room.js";
import { countValues } from "@cluster-form/schema";
import { compileService, SERVICE_DIR } from "./built-service.js";

type HeapRoomModule = typeof HeapRoom;
let parseNeedBytes: HeapRoomModule["parseNeedBytes"];
let heapRoom: HeapRoomModule["heapRoom"];
let heapHeld: HeapRoomModule["heapHeld"];

beforeAll(async () => {
  await compileService();
  ({ parseNeedBytes, heapRoom, heapHeld } = (await import(join(SERVICE_DIR, "dist", "evaluation", "heap-room.js"))) as HeapRoomModule);
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("parseNeedBytes", () => {
  // A collection before each measure, so that garbage of earlier work does not hide what the parse adds (Node's documented way).
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc") as () => void;
  const json = JSON.stringify;
  const shapes: Record<string, () => string> = {
    "long ASCII texts": () => json({ notes: Array.from({ length: 8 }, (_, i) => String(i).padEnd(500_000, "a")) }),
    "long Chinese texts": () => json({ notes: Array.from({ length: 8 }, (_, i) => String(i).padEnd(200_000, "集")) }),
    "ASCII texts in a body with one Chinese character": () => json({ title: "集", notes: Array.from({ length: 8 }, (_, i) => String(i).padEnd(300_000, "a")) }),
    "objects whose keys are all different": () => json(Array.from({ length: 40_000 }, (_, i) => ({ [`key${i}`]: i + 0.5 }))),
    "empty objects": () => json(Array.from({ length: 40_000 }, () => ({}))),
    "fractional numbers": () => json(Array.from({ length: 40_000 }, (_, i) => i + 0.25)),
    "objects nested 20,000 deep": () => `${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`,
  };
  it.each(Object.keys(shapes))("is above what parsing %s allocates", (shape) => {
    const body = bytes((shapes[shape] as () => string)());
    const values = countValues(body, Number.POSITIVE_INFINITY);
    collectGarbage();
    const before = getHeapStatistics().used_heap_size;
    const parsed: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    const grown = getHeapStatistics().used_heap_size - before;
    expect(parsed).toBeTruthy();
    expect(grown).toBeGreaterThan(0);
    expect(parseNeedBytes(body.byteLength, values)).toBeGreaterThan(grown);
  });

  it("heapRoom leaves out of the room what the thread holds between submissions, never garbage left since", () => {
    const { heap_size_limit: limit } = getHeapStatistics();
    const held = heapHeld();
    expect(held).toBeGreaterThan(0);
    const room = heapRoom(96, held);
    expect(room).toEqual({ freeBytes: limit - held, limitMb: 96 });
    const garbage = Array.from({ length: 50_000 }, (_, i) => ({ i, text: `row ${i}` }));
    expect(garbage.length).toBe(50_000);
    expect(heapRoom(96, held).freeBytes).toBe(room.freeBytes);
    expect(heapRoom(96, limit + 1).freeBytes).toBe(0);
  });
});
