/**
 * Editing one value where it is written: a label, a text, a number, a choice's title, a rule's
 * threshold. A threshold change also proposes the matching change of the scoring texts' numbers,
 * found by lint's own reading of numbers in text, so that text and rule do not drift apart.
 */
import { amountScale, numbersInText, sameQuantity, type TextNumber } from "@cluster-form/rules";
import { parsePointer, type JsonLogic } from "@cluster-form/schema";
import type { JSONPath } from "jsonc-parser";
import { ChangeBuilder, EditRefused, parsedFile, valueAtPath } from "./text-edits.js";
import { refusalFinding } from "./messages.js";
import { retypePoints } from "./points-text.js";
import { toRule } from "./shapes/index.js";
import type { EditResult, FormTexts, RuleShape, Site, TextProposal, ThresholdChange } from "./types.js";

/** A JSON pointer as a jsonc path: array indexes as numbers, as `modify` needs them. */
export function jsonPath(value: unknown, pointer: string): JSONPath {
  const path: JSONPath = [];
  let node = value;
  for (const segment of parsePointer(pointer)) {
    const key: string | number = Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = valueAtPath(node, [key]);
  }
  return path;
}

function notThere(site: Site, pick: Parameters<typeof refusalFinding>[3]): EditRefused {
  return new EditRefused([refusalFinding("edit-target", site.file, site.pointer, pick)]);
}

/** Set one label, text, number or choice at a site (a minimal edit of that value's text); the value must exist. */
export function setValue(texts: FormTexts, site: Site, value: JsonLogic): EditResult {
  const parsed = parsedFile(texts, site.file);
  const path = jsonPath(parsed, site.pointer);
  if (valueAtPath(parsed, path) === undefined) {
    throw notThere(site, (t) => t.nothingAt(site.file, site.pointer));
  }
  return new ChangeBuilder(texts).set(site.file, path, value).result();
}

/** A number as written in a text: no exponent, no float noise. */
const written = (n: number): string => String(Number(n.toFixed(10)));

/** The text number that stands for `newValue` where `number` stood for `oldValue` (40% for 0.4 → 50% for 0.5). */
function replacementFor(number: TextNumber, oldValue: number, newValue: number): string {
  if (Math.abs(number.value - oldValue) < 1e-9) return written(newValue);
  if (number.kind === "percent") return written(newValue * 100);
  const scale = amountScale(number);
  return Math.abs(number.value * scale - oldValue) < 1e-9 ? written(newValue / scale) : written((newValue * 1e4) / scale);
}

/** The text with every number standing for `oldValue` replaced; undefined when none does. */
export function retypedText(text: string, oldValue: number, newValue: number): string | undefined {
  const matching = numbersInText(text).filter((n) => sameQuantity(n, oldValue));
  if (matching.length === 0) return undefined;
  let result = text;
  for (const number of [...matching].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, number.at) + replacementFor(number, oldValue, newValue) + result.slice(number.at + number.digits.length);
  }
  return result;
}

/** Points per item and their cap (`clamp`'s `*` factor and top) are points: their texts state points, which lint's numbers leave out. */
const isPointsNumber = (pointer: string): boolean => /\/clamp\/(2|0\/\*\/0)$/.test(pointer);

/** The scoring texts that speak for a rule at `pointer`: its criterion's text and its branch's text. */
function scoringTextSites(pointer: string): string[] {
  const branch = /^\/criteria\/(\d+)\/branches\/(\d+)\//.exec(pointer);
  if (!branch) return [];
  return [`/criteria/${branch[1]}/text`, `/criteria/${branch[1]}/branches/${branch[2]}/text`];
}

/**
 * Change the number a rule compares with (`site` points at the number, e.g. `…/when/>/1`). The
 * result's `textProposals` are the matching changes of the criterion's and branch's scoring texts,
 * each to apply after the change itself (`acceptProposal`) once the officer agrees.
 */
export function setThreshold(texts: FormTexts, site: Site, value: number): ThresholdChange {
  if (!Number.isFinite(value)) throw notThere(site, (t) => t.thresholdNotNumber);
  const parsed = parsedFile(texts, site.file);
  const path = jsonPath(parsed, site.pointer);
  const old = valueAtPath(parsed, path);
  if (typeof old !== "number") {
    throw notThere(site, (t) => t.notANumber(site.file, site.pointer));
  }
  const change = new ChangeBuilder(texts).set(site.file, path, value).result();
  const textProposals: TextProposal[] = scoringTextSites(site.pointer).flatMap((pointer) => {
    const textSite = { file: site.file, pointer };
    const before = valueAtPath(parsed, jsonPath(parsed, pointer));
    const after = typeof before !== "string" ? undefined : isPointsNumber(site.pointer) ? retypePoints(before, old, value) : retypedText(before, old, value);
    if (typeof before !== "string" || after === undefined || after === before) return [];
    return [{ site: textSite, before, after }];
  });
  return { ...change, textProposals };
}

/** Write a proposed scoring text (on the texts as they are now, after the threshold change). */
export function acceptProposal(texts: FormTexts, proposal: TextProposal): EditResult {
  return setValue(texts, proposal.site, proposal.after);
}

/** Write a rule from a structured editor's shape at its site (`…/when`, `…/logic`): only that rule's text changes. */
export function setRule(texts: FormTexts, site: Site, shape: RuleShape): EditResult {
  return setValue(texts, site, toRule(shape));
}
