/** A rule followed through a change of the texts: by the ids on its way, by position only while its list keeps its length. */
import { describe, expect, test } from "vitest";
import { drawnRulesFile, itemKey, keptThrough, siteAfter } from "../../src/app/rule-identity.js";

const FILE = "parts/t.rules.json";
const a = { id: "a", branches: [{ when: { ">": [{ var: "x" }, 1] } }, { when: { ">": [{ var: "x" }, 2] } }] };
const b = { id: "b", branches: [{ when: { ">": [{ var: "y" }, 1] } }, { when: { ">": [{ var: "y" }, 2] } }] };
const texts = (criteria: unknown[]): Record<string, string> => ({ [FILE]: JSON.stringify({ criteria }) });
const at = (pointer: string): { file: string; pointer: string } => ({ file: FILE, pointer });

describe("siteAfter and keptThrough", () => {
  test("a criterion is found by its id when one above it goes, its rule kept", () => {
    const before = texts([a, b]);
    const after = texts([b]);
    expect(siteAfter(before, after, at("/criteria/1/branches/1/when"))).toEqual(at("/criteria/0/branches/1/when"));
    expect(keptThrough(before, after, at("/criteria/1/branches/1/when"))).toBe(true);
    expect(itemKey(before, at("/criteria/1"))).toBe(itemKey(after, at("/criteria/0")));
  });

  test("a rule of a criterion gone, or changed, is not kept", () => {
    expect(siteAfter(texts([a, b]), texts([b]), at("/criteria/0/branches/1/when"))).toBeUndefined();
    const changed = { ...b, branches: [b.branches[0], { when: { ">": [{ var: "y" }, 3] } }] };
    expect(keptThrough(texts([a, b]), texts([a, changed]), at("/criteria/1/branches/1/when"))).toBe(false);
  });

  test("a branch (no id) is found by its position only while its list keeps its length", () => {
    const shorter = { ...a, branches: [a.branches[1]] };
    expect(siteAfter(texts([a]), texts([shorter]), at("/criteria/0/branches/1/when"))).toBeUndefined();
    expect(siteAfter(texts([a]), texts([shorter]), at("/criteria/0/branches/0/when"))).toBeUndefined();
    expect(keptThrough(texts([a]), texts([{ ...a, label: "x" }]), at("/criteria/0/branches/1/when"))).toBe(true);
  });

  test("a duplicated id names no item: its items go by position", () => {
    const twin = { ...b, id: "a" };
    expect(siteAfter(texts([a, twin]), texts([twin]), at("/criteria/1/branches/0/when"))).toBeUndefined();
    expect(siteAfter(texts([a, twin]), texts([a, twin]), at("/criteria/1/branches/0/when"))).toEqual(at("/criteria/1/branches/0/when"));
  });

  test("a file gone or not readable, or a pointer through what is not the file's own, finds nothing", () => {
    expect(siteAfter(texts([a]), {}, at("/criteria/0"))).toBeUndefined();
    expect(siteAfter(texts([a]), { [FILE]: "{" }, at("/criteria/0"))).toBeUndefined();
    expect(siteAfter(texts([a]), texts([a]), at("/criteria/0/__proto__/toString"))).toBeUndefined();
    expect(siteAfter(texts([a]), texts([a]), at("/criteria/-1"))).toBeUndefined();
  });
});

describe("drawnRulesFile", () => {
  const manifest = (parts: unknown[], summarySheet?: string): Record<string, string> => ({ "form.json": JSON.stringify({ parts, summarySheet }) });

  test("a part's rules file and the summary sheet are drawn; a file no part names, or no readable form.json, is not", () => {
    const texts = manifest([{ id: "t", rules: FILE }, "odd"], "summary-sheet.json");
    expect(drawnRulesFile(texts, FILE)).toBe(true);
    expect(drawnRulesFile(texts, "summary-sheet.json")).toBe(true);
    expect(drawnRulesFile(manifest([{ id: "u", rules: "parts/u.rules.json" }]), FILE)).toBe(false);
    expect(drawnRulesFile({ "form.json": "{" }, FILE)).toBe(false);
    expect(drawnRulesFile({}, FILE)).toBe(false);
  });
});
