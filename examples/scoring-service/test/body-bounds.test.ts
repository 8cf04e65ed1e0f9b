/**
 * The bounds the service puts on a body before it parses it: how many JSON values it can hold, and
 * how much heap its parse can need. Both run on the compiled service, as it ships.
 */
import { join } from "node:path";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type * as HeapRoom from "../src/evaluation/heap-room.js";
import type * as ValueCountModule from "../src/evaluation/value-count.js";
import { compileService, SERVICE_DIR } from "./built-service.js";

type ValueCount = typeof ValueCountModule;
type HeapRoomModule = typeof HeapRoom;
let countValues: ValueCount["countValues"];
let ValueCounter: ValueCount["ValueCounter"];
let parseNeedBytes: HeapRoomModule["parseNeedBytes"];
let heapRoom: HeapRoomModule["heapRoom"];
let heapHeld: HeapRoomModule["heapHeld"];

beforeAll(async () => {
  await compileService();
  ({ countValues, ValueCounter } = (await import(join(SERVICE_DIR, "dist", "evaluation", "value-count.js"))) as ValueCount);
  ({ parseNeedBytes, heapRoom, heapHeld } = (await import(join(SERVICE_DIR, "dist", "evaluation", "heap-room.js"))) as HeapRoomModule);
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The values JSON.parse builds from `text`: the root and everything inside it. */
function valuesIn(value: unknown): number {
  if (value === null || typeof value !== "object") return 1;
  return 1 + Object.values(value).reduce<number>((sum, inner) => sum + valuesIn(inner), 0);
}

describe("countValues", () => {
  const cases = [
    "1",
    '"a,b,[c],{d}"',
    "[]",
    "{}",
    "[1,2,3]",
    '{"a":1,"b":[true,null,{"c":"x"}]}',
    '["\\"",",","\\\\",[1]]',
    '[{"k\\",":"v,"},{"[":"]"}]',
    '  [ 1 , 2 ]  ',
    '"集群,产业"',
    String.raw`["\\\"",",",{"\\":"\\\\"}]`,
  ];
  it.each(cases)("never counts fewer values than JSON.parse builds: %s", (text) => {
    const counted = countValues(bytes(text), 1_000);
    expect(counted).toBeGreaterThanOrEqual(valuesIn(JSON.parse(text)));
    // Commas and brackets inside strings do not count: at most one extra per empty object or list.
    expect(counted).toBeLessThanOrEqual(valuesIn(JSON.parse(text)) + (text.match(/\[\]|\{\}/g)?.length ?? 0));
  });

  it("never counts fewer values than JSON.parse builds, for any JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        expect(countValues(bytes(text), Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(valuesIn(JSON.parse(text)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("counts a body fed in pieces as it counts it whole, wherever the pieces break (inside a string, between backslashes)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 6 }), (value, cuts) => {
        const whole = bytes(JSON.stringify(value));
        const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
        const counter = new ValueCounter();
        let start = 0;
        for (const point of [...points, whole.length]) {
          counter.add(whole.subarray(start, point), Number.POSITIVE_INFINITY);
          start = point;
        }
        expect(counter.values).toBe(countValues(whole, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 2_000 },
    );
    // Runs of backslashes cut at every place: a quote after an odd run is escaped, after an even one it ends the text.
    for (const text of [String.raw`["\\\"x",1,2]`, String.raw`["a\\\\",1,2]`, String.raw`["\\",[3]]`, String.raw`["\\\\\\\"",","]`]) {
      const whole = bytes(text);
      for (let cut = 0; cut <= whole.length; cut++) {
        const counter = new ValueCounter();
        counter.add(whole.subarray(0, cut), Number.POSITIVE_INFINITY);
        counter.add(whole.subarray(cut), Number.POSITIVE_INFINITY);
        expect(counter.values, `${text} cut at ${cut}`).toBe(valuesIn(JSON.parse(text)));
      }
    }
  });

  it("stops counting just past the limit", () => {
    const list = bytes(`[${"0,".repeat(1_000_000)}0]`);
    expect(countValues(list, 10)).toBe(11);
    expect(countValues(list, 2_000_000)).toBe(1_000_002);
  });
});

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
