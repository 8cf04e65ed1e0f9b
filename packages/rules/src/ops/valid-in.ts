import { isBlank, isFiniteNumber, yearOf } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const validIn: OperationDef = {
  name: "validIn",
  family: "custom",
  arguments: { min: 3, max: 3, kinds: [["number", "string"], ["number", "string"], ["number"]] },
  result: ["boolean"],
  fn: (from, until, year) => {
    if (!isFiniteNumber(year) || isBlank(until)) return false;
    const end = yearOf(until);
    if (!(end >= year)) return false;
    if (isBlank(from)) return true;
    return yearOf(from) <= year;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: validIn,
  signature: '{"validIn": [from, until, year]}',
  summary:
    "True when a validity period covers the year: `from` is blank or its year is at most `year`, and `until` is given and its year is at least `year`. `from` and `until` are year numbers or ISO dates (`2019-06-30`). A blank `until` gives false.",
  examples: [
    [{ validIn: ["2018-01-01", "2021-12-31", 2020] }, {}, true],
    [{ validIn: [null, 2020, 2020] }, {}, true],
    [{ validIn: [2021, 2024, 2020] }, {}, false],
    [{ validIn: ["2016-05-01", "2019-04-30", 2020] }, {}, false],
    [{ validIn: ["2018-01-01", "", 2020] }, {}, false],
    [
      { count: { filter: [{ var: "table8.brands" }, { validIn: [{ var: "from" }, { var: "until" }, 2020] }] } },
      { table8: { brands: [{ from: "2019-01-01", until: "2022-01-01" }, { from: "2015-01-01", until: "2018-01-01" }] } },
      1,
    ],
  ],
};
