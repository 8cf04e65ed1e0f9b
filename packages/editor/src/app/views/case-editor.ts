/**
 * A test case's submission as boxes: each value it gives (a stub's blank name, a count, a date) under
 * the label of its field, written back into the test file. Bounded: a case with more values than this
 * is edited in its file.
 */
import { html, nothing, type TemplateResult } from "lit";
import { formatPointer } from "@cluster-form/schema";
import type { EditorContext } from "../context.js";
import { currentValue } from "../form-state.js";
import { numberBox, textBox } from "./inputs.js";

const MAX_VALUES = 40;

interface Leaf {
  readonly segments: readonly (string | number)[];
  readonly value: string | number;
}

function leaves(value: unknown, segments: (string | number)[], out: Leaf[]): Leaf[] {
  if (out.length >= MAX_VALUES) return out;
  if (typeof value === "string" || typeof value === "number") out.push({ segments, value });
  else if (Array.isArray(value)) value.forEach((item, i) => leaves(item, [...segments, i], out));
  else if (typeof value === "object" && value !== null) for (const [key, inner] of Object.entries(value)) leaves(inner, [...segments, key], out);
  return out;
}

export function caseEditor(context: EditorContext, file: string, index: number): TemplateResult | typeof nothing {
  const base = ["cases", index, "submission", "data"];
  const found = leaves(currentValue(context.texts, { file, pointer: formatPointer(base) }), [], []);
  if (found.length === 0) return nothing;
  return html`<div class="case-editor">
    ${found.map((leaf) => {
      const site = { file, pointer: formatPointer([...base, ...leaf.segments]) };
      const key = String(leaf.segments.filter((s) => typeof s === "string").at(-1) ?? "");
      const label = `${context.labels.get(key) ?? key}（${leaf.segments.join(".")}）`;
      return typeof leaf.value === "number" ? numberBox(context, label, site, leaf.value) : textBox(context, label, site, leaf.value);
    })}
  </div>`;
}
