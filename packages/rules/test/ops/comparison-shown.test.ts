import { describe, expect, it } from "vitest";
import { operationDefinitions } from "../../src/index.js";

// Explanations spell out a comparison of a field with a constant by the symbol its operation's definition gives.
describe("comparisons as explanations show them", () => {
  const comparisons = operationDefinitions.filter((op) => op.comparison);

  it("are given by every comparison's own definition", () => {
    expect(comparisons.map((op) => op.name).sort()).toEqual(["!=", "!==", "<", "<=", "==", "===", ">", ">="]);
    for (const op of comparisons) expect(op.shown?.symbol, op.name).toMatch(/^\S+$/);
  });

  it("read the same from the other side: each names a comparison that names it back", () => {
    for (const op of comparisons) {
      const mirrored = operationDefinitions.find((other) => other.name === op.shown?.mirrored);
      expect(mirrored?.shown?.mirrored, op.name).toBe(op.name);
    }
  });
});
