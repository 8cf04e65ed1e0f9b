// Whatever JSON stands where a rule, a criterion or a computed value is expected, lint reports findings and never throws.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import type { FormPackage, RulesFile } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { sharedFixture } from "../fixtures/load.js";
import { lintForm } from "../../src/index.js";

let base: FormPackage;
beforeAll(async () => {
  base = await loadFormFolder(sharedFixture("mini-2020"));
});

const OPS = ["var", "filter", "map", "reduce", "some", "all", "none", "count", "sumOf", "clamp", "==", ">", "<", "+", "in", "if", "and", "missing", "validIn", "growth", "log", "method", "__proto__", "constructor", "toString"];
const PATHS = ["table1.rdToolsRate", "table1.organisations", "operating", "kind", "current.kind", "accumulator", "$computed.table1.operatingCount", "$form.year", "__proto__", "constructor.name", "table1.__proto__.x", "", "0"];

const rule = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.record({ var: fc.oneof(fc.constantFrom(...PATHS), fc.array(fc.constantFrom(...PATHS), { maxLength: 2 })) }),
    fc.tuple(fc.constantFrom(...OPS), fc.array(tie("node"), { maxLength: 3 })).map(([op, args]) => JSON.parse(JSON.stringify({ [op]: args })) as unknown),
  ),
}));

describe("lintForm on arbitrary rule data", () => {
  test("never throws and gives located findings", () => {
    fc.assert(
      fc.property(rule.node, rule.node, fc.jsonValue({ maxDepth: 3 }), (when, logic, criterion) => {
        // The file text changes with the data, as it would on disk, so the definition checks see it too.
        const sources = new Map(base.sources);
        const pkg: FormPackage = {
          ...base,
          sources,
          parts: base.parts.map((part) => {
            const rules = structuredClone(part.rules) as unknown as { computed: { logic: unknown }[]; criteria: unknown[] };
            if (rules.computed[0]) rules.computed[0].logic = logic;
            rules.criteria.push(criterion, { id: "x.y", label: "x", points: 1, text: "t", method: "first", branches: [{ when, logic, text: "t" }] });
            const path = part.ref.rules ?? "";
            sources.set(path, { path, text: JSON.stringify(rules, null, 2) });
            return { ...part, rules: rules as unknown as RulesFile };
          }),
        };
        const findings = lintForm(pkg);
        for (const finding of findings) {
          expect(finding.location.line).toBeGreaterThanOrEqual(1);
          expect(typeof finding.message.zh).toBe("string");
          expect(typeof finding.message.en).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
    expect(Object.prototype).not.toHaveProperty("x");
  });
});
