/** Deterministic submissions of the fixture form for the large summary test, with a known share of invalid ones. */
import { fixtureSubmission } from "./fixture-form.js";

export const CITIES = ["武汉市", "黄石市", "十堰市", "宜昌市", "襄阳市", "鄂州市", "荆门市", "孝感市", "荆州市", "黄冈市", "咸宁市", "随州市", "恩施州"];

/** Every `INVALID_EVERY`-th submission has text in a number column. */
export const INVALID_EVERY = 97;

export interface Generated {
  readonly submission: unknown;
  readonly valid: boolean;
  readonly sales: number;
  readonly enterprises: number;
}

export function* generateSubmissions(count: number): Generator<Generated> {
  // A linear congruential generator: the same figures on every run.
  let seed = 20201231;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 1; i <= count; i++) {
    const valid = i % INVALID_EVERY !== 0;
    const sales = Math.round(next() * 5_000_000) / 100;
    const enterprises = Array.from({ length: Math.floor(next() * 6) }, (_, k) => ({ name: `企业${i}-${k + 1}`, sales: Math.round(next() * 100_000) }));
    if (!valid) enterprises.push({ name: "坏数据", sales: "约五万" as unknown as number });
    const submission = {
      form: fixtureSubmission.form,
      data: {
        cover: { name: `集群${String(i).padStart(5, "0")}`, city: CITIES[i % CITIES.length], kind: i % 3 === 0 ? "other" : "county" },
        table1: { indicators: { sales: { y2019: Math.round(sales * 0.9), y2020: sales } } },
        table2: { enterprises },
      },
      scores: { "t3.organisation": { self: i % 6 }, "t3.plan": { self: 5 - (i % 6 === 5 ? 0 : i % 5) } },
    };
    yield { submission, valid, sales, enterprises: enterprises.length };
  }
}
