/** The grid reads a computed column's value as an own key of the result: never through the result's prototype. */
import type { EvaluationResult } from "@cluster-form/rules";
import type { GridBlock } from "@cluster-form/schema";
import { describe, expect, it } from "vitest";
import { gridWidget } from "../../src/widgets/grid.js";
import type { WidgetContext } from "../../src/widgets/types.js";

const block = {
  type: "grid",
  rows: [{ field: "/sales" }, { field: "/constructor" }],
  columns: [{ computed: "{row}Growth" }, { computed: "toString" }, { computed: "inherited" }],
} as unknown as GridBlock;

const withComputed = (computed: object): WidgetContext => ({ result: { computed } as unknown as EvaluationResult }) as unknown as WidgetContext;

describe("grid: computed columns", () => {
  it("show an own value, and nothing for an id found only on the prototype (toString, constructor, an inherited one)", () => {
    const computed = Object.assign(Object.create({ inherited: { value: 5 }, constructorGrowth: { value: 6 } }) as object, { salesGrowth: { value: 7 } });
    expect(gridWidget.dependsOn?.(block, withComputed(computed))).toEqual([7, undefined, undefined, undefined, undefined, undefined]);
  });
});
