/** Changes inside the rules files: computed values, applicability, checks, criteria (points, texts, branches) and vetoes. */
import { parsePointer } from "@cluster-form/schema";
import { arrayOf, isObject, ownValue, type JsonObject } from "../form-json/json.js";
import { describeCondition } from "./condition.js";
import { compareRuleTrees, type RuleTreeContext } from "./rule-tree.js";
import type { FormChange, RuleOwner } from "./types.js";

export interface RulesOfPart {
  readonly part: string;
  readonly rules: unknown;
}

type Section = "computed" | "applicability" | "checks" | "veto";

const SECTIONS: readonly { section: Section; kind: RuleOwner["kind"]; idKey: string; logicKeys: readonly string[] }[] = [
  { section: "computed", kind: "computed", idKey: "id", logicKeys: ["logic"] },
  { section: "applicability", kind: "applicability", idKey: "field", logicKeys: ["when"] },
  { section: "checks", kind: "check", idKey: "id", logicKeys: ["assert"] },
  { section: "veto", kind: "veto", idKey: "id", logicKeys: ["when", "decided"] },
];

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

interface Entry {
  readonly part: string;
  readonly index: number;
  readonly def: JsonObject;
}

function indexBy(parts: readonly RulesOfPart[], section: string, idKey: string): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const { part, rules } of parts) {
    if (!isObject(rules)) continue;
    arrayOf(ownValue(rules, section)).forEach((def, index) => {
      if (!isObject(def)) return;
      const id = text(def[idKey]);
      const key = section === "applicability" ? `${part}:${id}` : id;
      if (id && !map.has(key)) map.set(key, { part, index, def });
    });
  }
  return map;
}

const labelOf = (def: JsonObject): string | undefined => {
  if (typeof def.label === "string") return def.label;
  if (isObject(def.message) && typeof def.message.zh === "string") return def.message.zh;
  if (isObject(def.reason) && typeof def.reason.zh === "string") return def.reason.zh;
  return undefined;
};

/** An applicability rule is named by the label of the field it applies to. */
function fieldLabel(section: Section, entry: Entry, describePath: (path: string) => string): string | undefined {
  if (section !== "applicability" || typeof entry.def.field !== "string") return undefined;
  const path = [entry.part, ...parsePointer(entry.def.field)].join(".");
  const label = describePath(path);
  return label === path ? undefined : label;
}

export function diffRules(before: readonly RulesOfPart[], after: readonly RulesOfPart[], describePath: (path: string) => string, out: FormChange[]): void {
  for (const { section, kind, idKey, logicKeys } of SECTIONS) {
    const old = indexBy(before, section, idKey);
    const next = indexBy(after, section, idKey);
    for (const [key, entry] of next) {
      const owner: RuleOwner = { kind, id: text(entry.def[idKey]), label: labelOf(entry.def) ?? fieldLabel(section, entry, describePath) };
      const previous = old.get(key);
      if (!previous) {
        out.push({ kind: "rule.added", part: entry.part, owner });
        continue;
      }
      const context: RuleTreeContext = { part: entry.part, owner, describePath, out };
      for (const logicKey of logicKeys) {
        compareRuleTrees(previous.def[logicKey], entry.def[logicKey], `/${section}/${entry.index}/${logicKey}`, context);
      }
    }
    for (const [key, entry] of old) {
      if (!next.has(key)) out.push({ kind: "rule.removed", part: entry.part, owner: { kind, id: text(entry.def[idKey]), label: labelOf(entry.def) ?? fieldLabel(section, entry, describePath) } });
    }
  }
  diffCriteria(indexBy(before, "criteria", "id"), indexBy(after, "criteria", "id"), describePath, out);
}

function diffCriteria(old: Map<string, Entry>, next: Map<string, Entry>, describePath: (path: string) => string, out: FormChange[]): void {
  for (const [id, entry] of next) {
    const { part, def } = entry;
    const label = text(def.label);
    const previous = old.get(id);
    if (!previous) {
      const branches = arrayOf(def.branches)
        .filter(isObject)
        .map((b) => {
          const condition = describeCondition(b.when, describePath);
          return { text: text(b.text), points: b.points ?? b.judgement ?? null, ...(condition ? { condition } : {}) };
        });
      out.push({ kind: "criterion.added", part, id, label, points: num(def.points), text: text(def.text), branches });
      continue;
    }
    const was = previous.def;
    if (text(was.label) !== label) out.push({ kind: "criterion.label", part, id, from: text(was.label), to: label });
    if (num(was.points) !== num(def.points)) out.push({ kind: "criterion.points", part, id, label, from: num(was.points), to: num(def.points) });
    if (text(was.text) !== text(def.text)) out.push({ kind: "criterion.text", part, id, label, from: text(was.text), to: text(def.text) });
    if (text(was.method) !== text(def.method)) out.push({ kind: "criterion.method", part, id, label, from: text(was.method), to: text(def.method) });
    const oldBranches = arrayOf(was.branches);
    const newBranches = arrayOf(def.branches);
    const context: RuleTreeContext = { part, owner: { kind: "criterion", id, label }, describePath, out };
    newBranches.forEach((branch, j) => {
      const before = oldBranches[j];
      const branchText = isObject(branch) ? text(branch.text) : "";
      if (!isObject(branch)) return;
      if (!isObject(before)) {
        out.push({ kind: "branch.added", part, id, label, branch: j + 1, text: branchText });
        return;
      }
      const pointer = `/criteria/${entry.index}/branches/${j}`;
      if (text(before.text) !== branchText) out.push({ kind: "branch.text", part, id, label, branch: j + 1, from: text(before.text), to: branchText });
      const pointsBefore = before.points ?? before.judgement ?? null;
      const pointsAfter = branch.points ?? branch.judgement ?? null;
      if (JSON.stringify(pointsBefore) !== JSON.stringify(pointsAfter)) {
        out.push({ kind: "branch.points", part, id, label, branch: j + 1, text: branchText, from: pointsBefore, to: pointsAfter });
      }
      compareRuleTrees(before.when, branch.when, `${pointer}/when`, context);
      compareRuleTrees(before.logic, branch.logic, `${pointer}/logic`, context);
    });
    oldBranches.slice(newBranches.length).forEach((branch, k) => {
      out.push({ kind: "branch.removed", part, id, label, branch: newBranches.length + k + 1, text: isObject(branch) ? text(branch.text) : "" });
    });
  }
  for (const [id, entry] of old) {
    if (!next.has(id)) out.push({ kind: "criterion.removed", part: entry.part, id, label: text(entry.def.label), points: num(entry.def.points) });
  }
}
