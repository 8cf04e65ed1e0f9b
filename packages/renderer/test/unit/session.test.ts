/** The headless core on the fixture form with the real loader and evaluator. */
import { fileURLToPath } from "node:url";
import { createEvaluator } from "@cluster-form/rules";
import { loadFormFolder } from "@cluster-form/schema/node";
import { describe, expect, it } from "vitest";
import { FormSession } from "../../src/session/session.js";
import { displayText } from "../../src/state/coerce.js";

const fixture = fileURLToPath(new URL("../fixtures/mini-form", import.meta.url));

describe("FormSession", async () => {
  const pkg = await loadFormFolder(fixture);

  it("stores values by pointer, evaluates, and totals follow", () => {
    const session = new FormSession(pkg, createEvaluator(pkg), { extra: 1 });
    session.setValue("/data/figures/indicators/sales/y2018", 100, "100");
    session.setValue("/data/figures/indicators/sales/y2019", 112, "112.");
    session.setValue("/data/scoring/hasPlan", true);
    session.setScore("s.plan", "self", "7");
    const result = session.evaluate();
    expect(result?.computed["figures.salesGrowth"]?.value).toBe(12);
    expect(result?.total.self?.value).toBe(5 + 7);
    expect(session.submission).toMatchObject({ form: { id: "renderer-fixture", version: "1.0.0" }, extra: 1, scores: { "s.plan": { self: 7 } } });
    // What was typed is shown as typed while it means the stored value.
    expect(session.textAt("/data/figures/indicators/sales/y2019", displayText)).toBe("112.");
  });

  it("after edits of fields, re-evaluates only what they touch, and gives what a full evaluation gives", () => {
    const evaluator = createEvaluator(pkg, { incremental: true });
    const told: (readonly string[])[] = [];
    const session = new FormSession(pkg, {
      evaluate: (submission, options) => evaluator.evaluate(submission, options),
      update: (previous, submission, changed, options) => (told.push(changed), evaluator.update(previous, submission, changed, options)),
    });
    session.evaluate();
    session.setValue("/data/figures/indicators/sales/y2018", 100, "100");
    session.setValue("/data/figures/indicators/sales/y2019", 112, "112");
    const result = session.evaluate();
    session.setScore("s.plan", "self", "7");
    const scored = session.evaluate();
    expect(told).toEqual([["/data/figures/indicators/sales/y2018", "/data/figures/indicators/sales/y2019"], ["/scores/s.plan/self"]]);
    expect(result?.computed["figures.salesGrowth"]?.value).toBe(12);
    expect(scored).toEqual(createEvaluator(pkg).evaluate(session.submission));
    // A new submission, or another mode: everything again.
    session.load({ data: { scoring: { hasPlan: true } } });
    session.evaluate();
    session.mode = "final";
    expect(session.evaluate()).toEqual(createEvaluator(pkg).evaluate(session.submission, { mode: "final" }));
    expect(told).toHaveLength(2);
  });

  it("keeps a score typed out of range, flagged and not counted", () => {
    const session = new FormSession(pkg, createEvaluator(pkg));
    session.setValue("/data/scoring/hasPlan", true);
    session.setScore("s.plan", "self", "15");
    const result = session.evaluate();
    const plan = result?.criteria.find((c) => c.id === "s.plan");
    expect(plan?.scores.self?.status).toBe("invalid");
    expect(session.textAt("/scores/s.plan/self", displayText)).toBe("15");
  });

  it("works on a copy of a value it is given: a page that changes that object in place and gives it again is seen", () => {
    const session = new FormSession(pkg, createEvaluator(pkg, { incremental: true }));
    const given = { data: { scoring: { hasPlan: true } }, scores: { "s.plan": { self: 7 } } };
    session.load(given);
    const total = session.evaluate()?.total.self?.value ?? Number.NaN;
    given.scores["s.plan"].self = 3;
    expect(session.submission.scores).toEqual({ "s.plan": { self: 7 } });
    session.load(given);
    expect(session.evaluate()?.total.self?.value).toBe(total - 4);
  });

  it("keeps its submission frozen: a page cannot change it in place, and an edit freezes only what it copied", () => {
    const session = new FormSession(pkg, createEvaluator(pkg), { data: { figures: { indicators: { sales: { y2018: 1 } } }, scoring: { hasPlan: true } } });
    const before = session.submission;
    expect(Object.isFrozen(before.data["figures"])).toBe(true);
    expect(() => {
      (before.data as Record<string, unknown>)["scoring"] = {};
    }).toThrow(TypeError);
    session.setValue("/data/figures/indicators/sales/y2019", 112, "112");
    expect(Object.isFrozen(session.submission)).toBe(true);
    expect(Object.isFrozen(session.submission.data["figures"])).toBe(true);
    // Untouched parts are the same objects: what the evaluator and the drawing remember stays valid.
    expect(session.submission.data["scoring"]).toBe(before.data["scoring"]);
  });

  it("given back its own submission (a framework binding value to cf-change), changes nothing and keeps what was typed", () => {
    const session = new FormSession(pkg, createEvaluator(pkg));
    session.setValue("/data/figures/indicators/sales/y2019", 1, "1.");
    const own = session.submission;
    expect(session.load(own)).toBe(false);
    expect(session.submission).toBe(own);
    expect(session.textAt("/data/figures/indicators/sales/y2019", displayText)).toBe("1.");
    // A copy of it is another object: loaded, and what was typed is forgotten.
    expect(session.load(structuredClone(own))).toBe(true);
    expect(session.textAt("/data/figures/indicators/sales/y2019", displayText)).toBe("1");
  });

  it("keeps a value that cannot be copied as it is, unfrozen (it is the page's), and loads it again when given again", () => {
    const session = new FormSession(pkg, createEvaluator(pkg));
    const pages = { data: { scoring: { hasPlan: true } }, note: () => "not data" };
    expect(session.load(pages)).toBe(true);
    expect(Object.isFrozen(pages.data.scoring)).toBe(false);
    session.setValue("/data/scoring/hasPlan", false);
    expect(Object.isFrozen(pages.data)).toBe(false);
    expect(session.load(session.submission)).toBe(true);
  });

  it("loads a new value and forgets what was typed for the old one", () => {
    const session = new FormSession(pkg, createEvaluator(pkg));
    session.setValue("/data/cover/name", "甲", "甲");
    session.load({ data: { cover: { name: "乙" } } });
    expect(session.textAt("/data/cover/name", displayText)).toBe("乙");
  });
});
