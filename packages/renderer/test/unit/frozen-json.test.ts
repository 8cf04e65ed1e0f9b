/** frozenJson (src/state/frozen-json.ts): the draft's text, written out again only where an edit copied objects. */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { freezeDeep } from "../../src/state/freeze.js";
import { frozenJson } from "../../src/state/frozen-json.js";

/** A copy of `root` with `value` at `path`, only the containers on the path new: how the element edits. */
function setIn(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container = (typeof root === "object" && root !== null ? root : {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? container.slice() : { ...container }) as Record<string | number, unknown>;
  // Defined, not assigned: a generated key may be "__proto__".
  Object.defineProperty(copy, head, { value: setIn(container[head], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

describe("frozenJson", () => {
  it("writes what JSON.stringify writes, after any sequence of edits to a frozen value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), (start, edits) => {
        let value: unknown = freezeDeep(structuredClone(start));
        expect(frozenJson(value)).toBe(JSON.stringify(value));
        for (const [at, replacement] of edits) {
          const paths = pathsOf(value);
          value = freezeDeep(setIn(value, paths[at % paths.length] ?? [], structuredClone(replacement)));
          expect(frozenJson(value)).toBe(JSON.stringify(value));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("writes what JSON.stringify writes for what JSON leaves out or changes", () => {
    const date = new Date(Date.UTC(2020, 3, 1));
    const value = freezeDeep({
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, , 3], // eslint-disable-line no-sparse-arrays
      date,
      own: { toJSON: () => "custom" },
      nested: { big: 1e21, negativeZero: -0, text: "引号\"\\\n\u2028" },
      [Symbol("s")]: 1,
    });
    expect(frozenJson(value)).toBe(JSON.stringify(value));
    expect(frozenJson(undefined)).toBeUndefined();
    // Not frozen (a value the element could not copy): written out as it is now, nothing kept.
    const loose: Record<string, unknown> = { a: 1 };
    expect(frozenJson(loose)).toBe('{"a":1}');
    loose["a"] = 2;
    expect(frozenJson(loose)).toBe('{"a":2}');
  });

  it("writes out only the objects an edit copied", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ name: `企业${i}`, sales: i }));
    const first = freezeDeep({ data: { table2: { rows }, table5: { rate: 1 } } });
    frozenJson(first);
    const edited = freezeDeep(setIn(first, ["data", "table5", "rate"], 2));
    const entries = vi.spyOn(Object, "entries");
    try {
      expect(frozenJson(edited)).toBe(JSON.stringify(edited));
      // The root, data and table5: three objects, not the 50 rows.
      expect(entries).toHaveBeenCalledTimes(3);
    } finally {
      entries.mockRestore();
    }
  });
});
