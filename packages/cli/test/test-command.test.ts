// `cluster-form test`: the report, exit codes and JSON output on the shared fixture forms (the runner itself is tested in packages/rules/test/runner).
import { describe, expect, test } from "vitest";
import { cli, FIXTURES } from "./run-cli.js";

describe("cluster-form test", () => {
  test("passing cases: ✓ each and the closing line, exit 0", () => {
    const run = cli(["test", `${FIXTURES}/mini-2020`, "--lang", "en"]);
    expect(run.stdout).toBe(
      "tests/basic.json\n  ✓ rate above 40 and two organisations running: full marks\n  ✓ rate exactly 40 asks for judgement\n" +
        'Covered by the cases: 2/3 criteria, 3/5 branches.\nCriteria no case covers (no case expects anything of them):\n  t1.plan "规划编制"\n' +
        "2 passed, 0 failed\n",
    );
    expect(run.code).toBe(0);
  });

  test("a failing case: ✗ with the diff, exit 1; --format json gives the report", () => {
    const run = cli(["test", `${FIXTURES}/runner-failing`]);
    expect(run.stdout).toContain("  ✗ a wrong expectation fails with a readable diff\n      criteria.t1.digital.self: 预期 3，实际 4\n");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("1 passed, 1 failed");
    expect(run.code).toBe(1);
    const json = cli(["test", `${FIXTURES}/runner-failing`, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: 1, failed: 1 });
    expect(json.code).toBe(1);
  });

  test("a broken test file prints its finding and exits 1", () => {
    const run = cli(["test", `${FIXTURES}/runner-misspelt`, "--lang", "en"]);
    expect(run.stderr).toContain("tests/basic.json:10:9 /cases/0/expect/critera");
    expect(run.code).toBe(1);
  });

  test("a form without test cases exits 1 saying so", () => {
    const run = cli(["test", `${FIXTURES}/lint-broken/parts-sum`, "--lang", "en"]);
    expect(run.stderr).toContain("No rule test cases found");
    expect(run.code).toBe(1);
  });
});
