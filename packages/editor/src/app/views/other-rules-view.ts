/**
 * The rules of a part besides its computed values and criteria: when a field is to be filled in,
 * the data checks, the veto; and, on the form's first page, the summary sheet's columns. Each with
 * its structured editor, captioned by what it is for (the field's label, the check's message, the
 * veto's reason, the column's label).
 */
import { html, nothing, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { ruleSites, type RuleSite } from "@cluster-form/schema";
import { recognize, type OutlineField, type OutlinePart } from "../../edits/index.js";
import type { EditorContext } from "../context.js";
import { currentValue } from "../form-state.js";
import { itemKey } from "../rule-identity.js";
import { ruleEditor } from "./shape-view.js";

const PART_RULES: ReadonlySet<string> = new Set(["applicability", "check", "veto"]);

function fieldLabel(fields: readonly OutlineField[], pointer: string): string | undefined {
  for (const field of fields) {
    if (field.pointer === pointer) return field.label;
    const inner = fieldLabel([...(field.fields ?? []), ...(field.columns ?? [])], pointer);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** A message written in both languages (`{ "zh": …, "en": … }`), in the page's language. */
function said(context: EditorContext, file: string, pointer: string): string {
  const value = currentValue(context.texts, { file, pointer });
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    const text = (value as Record<string, unknown>)[context.lang] ?? (value as Record<string, unknown>).zh;
    if (typeof text === "string") return text;
  }
  return "";
}

function caption(context: EditorContext, part: OutlinePart, site: RuleSite): string {
  const t = context.text.shape;
  const owner = site.pointer.replace(/\/[^/]+$/, "");
  switch (site.kind) {
    case "applicability":
      return t.applicability(fieldLabel(part.fields, site.owner ?? "") ?? part.title);
    case "check":
      return t.check(said(context, site.file, `${owner}/message`));
    case "veto":
      return site.pointer.endsWith("/decided") ? t.vetoDecided(said(context, site.file, `${owner}/reason`)) : t.veto(said(context, site.file, `${owner}/reason`));
    default:
      return t.summaryColumn(site.label ?? site.owner ?? "");
  }
}

/** Each rule's editor, keyed by its rule's identity (./rule-identity.ts): a draft in it stays with its rule. */
const editorsOf = (context: EditorContext, part: OutlinePart, sites: readonly RuleSite[]): ReturnType<typeof repeat> =>
  repeat(sites, (site) => itemKey(context.texts, site), (site) => ruleEditor(context, caption(context, part, site), recognize(site.logic), { file: site.file, pointer: site.pointer }));

export function otherRulesView(context: EditorContext, part: OutlinePart): TemplateResult {
  const t = context.text.shape;
  const sites = ruleSites(context.pkg);
  const own = sites.filter((s) => s.part === part.id && PART_RULES.has(s.kind));
  const summary = context.outline.parts[0]?.id === part.id ? sites.filter((s) => s.kind === "summary") : [];
  return html`${own.length > 0
      ? html`<section aria-labelledby=${`${part.id}-other-rules`}><h3 id=${`${part.id}-other-rules`}>${t.otherRules}</h3>${editorsOf(context, part, own)}</section>`
      : nothing}
    ${summary.length > 0
      ? html`<section aria-labelledby=${`${part.id}-summary-sheet`}><h3 id=${`${part.id}-summary-sheet`}>${t.summarySheet}</h3>${editorsOf(context, part, summary)}</section>`
      : nothing}`;
}
