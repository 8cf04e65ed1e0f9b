/**
 * The element drawn: the title block, the notices, the status bar with the totals and the buttons,
 * the role's blanks, the table of contents and the parts. A part is drawn again only when its data,
 * what the result says about it, or the settings change.
 */
import { editRights, ownValue, type DataFinding, type FormPackage } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import type { EvaluationController } from "../../controllers/evaluation.controller.js";
import type { LoadState } from "../../controllers/form-loader.js";
import type { RowWindows } from "../../controllers/row-windows.controller.js";
import { localize, type Messages } from "../../locales/index.js";
import { reviewMessagesFor } from "../../locales/review.js";
import { fieldId } from "../../session/field-id.js";
import { formatSavedAt } from "../../session/notices.js";
import { pendingConfirmations, reviewColumnsOf } from "../../session/review.js";
import type { FormSession } from "../../session/session.js";
import type { Widget, WidgetContext } from "../../widgets/index.js";
import { isPending, leftOutNote, totalText } from "../../widgets/left-out.js";
import { renderTotalsStrip } from "../totals-strip/totals-strip.js";
import { renderNotices, type NoticesView } from "./cluster-form.notices.js";
import type { DrawnParts } from "./cluster-form.parts.js";

type Part = FormPackage["parts"][number];

export interface FormView extends NoticesView {
  readonly session: FormSession;
  readonly role: string;
  readonly narrow: boolean;
  readonly announcement: string;
  readonly autosaveOn: boolean;
  readonly widgets: readonly Widget[];
  readonly evaluation: EvaluationController;
  readonly rowWindows: RowWindows;
  readonly parts: DrawnParts;
  print(): void;
}

/** Before the form is shown: nothing to load, loading, or why it failed. */
export function renderLoadState(load: LoadState, msg: Messages): TemplateResult {
  if (load.status === "error") {
    return html`<div class="notice error" role="alert" part="notice">
      <div>${load.message}${load.details.length > 0 ? html`<ul>${load.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}</div>
    </div>`;
  }
  return html`<p class="notice" role="status" part="notice">${load.status === "idle" ? msg.noForm : msg.loading}</p>`;
}

export function renderForm(view: FormView): TemplateResult {
  const { msg, session } = view;
  const { manifest } = session.pkg;
  const roleLabel = manifest.roles.find((r) => r.id === view.role)?.label ?? view.role;
  return html`<div class="form ${view.narrow ? "narrow" : ""}" lang=${view.lang.startsWith("en") ? "en" : "zh-CN"}>
    <header class="head ${session.pkg.parts[0]?.ref.title === manifest.title ? "title-on-cover" : ""}" part="header">
      <h1>${manifest.title}</h1>
      <div class="meta">${manifest.id} · ${manifest.version} · ${msg.role}${msg.colon}${roleLabel}</div>
    </header>
    ${renderNotices(view)} ${renderStatus(view)}
    ${view.narrow ? renderTotalsStrip(msg, view.lang, manifest.scoreColumns, session.result, view.evaluation.roleView()?.percent ?? 0) : nothing} ${renderBlanks(view)}
    <div class="layout">
      ${renderNav(view)}
      <div class="parts">${session.pkg.parts.map((part, i) => renderPart(view, part, i))}<slot name="footer"></slot></div>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </div>`;
}

function renderStatus(view: FormView): TemplateResult {
  const { msg, lang, session, actions } = view;
  const result = session.result;
  const editable = editRights(session.pkg).editsAnything(view.role);
  const savedAt = view.drafts.savedAt;
  return html`<div class="status" part="status">
    ${session.pkg.manifest.scoreColumns.map(
      (c) => html`<span class="figure" data-column=${c.id}
        >${msg.columnTotal(c.label)}${msg.colon}<b><output aria-label=${msg.columnTotal(c.label)}>${totalText(ownValue(result?.total, c.id), lang)}</output></b
        >${isPending(ownValue(result?.total, c.id)) ? "" : ` / ${result?.maxTotal ?? ""}`}${leftOutNote(ownValue(result?.total, c.id), lang)}</span
      >`,
    )}
    <span class="figure">${msg.completeness}${msg.colon}<b>${view.evaluation.roleView(result)?.percent ?? 0}%</b></span>
    ${result?.veto.vetoed
      ? html`<span class="veto" role="alert">${msg.vetoed}${msg.colon}${result.veto.reasons.map((r) => localize(r.message, lang)).join(msg.listSeparator)}</span>`
      : nothing}
    <span class="meta">${view.autosaveOn ? (savedAt ? msg.saved(formatSavedAt(savedAt, lang)) : "") : msg.autosaveOff}</span>
    <div class="toolbar" role="toolbar" aria-label=${msg.toolbar} part="toolbar">
      <button type="button" @click=${() => actions.check()}>${msg.validate}</button>
      ${editable ? html`<button type="button" class="primary" @click=${() => actions.submit()}>${msg.submit}</button>` : nothing}
      ${renderConfirmAll(view)}
      <button type="button" @click=${() => view.print()}>${msg.print}</button>
      ${editable ? html`<button type="button" class="danger" @click=${() => actions.confirmReset()}>${msg.reset}</button>` : nothing}
      <slot name="toolbar"></slot>
    </div>
  </div>`;
}

/** For a scorer who reviews computed scores: confirm every one still pending at once. */
function renderConfirmAll(view: FormView): TemplateResult | typeof nothing {
  const pending = pendingConfirmations(view.session.result, reviewColumnsOf(view.session.pkg, view.role)).length;
  return pending > 0 ? html`<button type="button" @click=${() => view.actions.confirmAll()}>${reviewMessagesFor(view.lang).confirmAll(pending)}</button>` : nothing;
}

/** The role's blank required fields, then (after a final check) its other errors, each a link to its field. */
function renderBlanks(view: FormView): TemplateResult | typeof nothing {
  const { msg, session } = view;
  const result = session.result;
  const roleView = view.evaluation.roleView(result);
  if (!result || !roleView) return nothing;
  const { blanks } = roleView;
  const blankPointers = new Set(blanks.map((b) => b.pointer));
  const errors = session.mode === "final" ? roleView.errors.filter((f) => !blankPointers.has(f.pointer) && roleView.shows(f)) : [];
  return html`<details class="blanks screen-only" part="blanks">
    <summary>${roleView.blankCount > 0 ? msg.blanks(roleView.blankCount) : msg.noBlanks}${errors.length > 0 ? html` · ${msg.findings(errors.length)}` : nothing}</summary>
    <ul>
      ${blanks.map((b) => html`<li><a href=${`#${fieldId(b.pointer)}`} @click=${(e: Event) => view.actions.followLink(e, b.pointer)}>${b.part} · ${b.label}</a></li>`)}
      ${errors.map((f) => findingLink(view, f))}
    </ul>
  </details>`;
}

function findingLink(view: FormView, f: DataFinding): TemplateResult {
  return html`<li class="msg error">
    <a href=${`#${fieldId(f.pointer)}`} @click=${(e: Event) => view.actions.followLink(e, f.pointer)}>${f.label ?? f.pointer}</a>${view.msg.colon}${localize(f.message, view.lang)}
  </li>`;
}

function renderNav(view: FormView): TemplateResult {
  const { msg } = view;
  const roleView = view.evaluation.roleView();
  return html`<nav class="contents" aria-label=${msg.contents} part="nav">
    <ol>
      ${view.session.pkg.parts.map((part) => {
        const percent = roleView?.partPercent(part.ref.id) ?? 100;
        const requires = roleView?.requires(part.ref.id) ?? false;
        return html`<li>
          <a
            href=${`#part-${part.ref.id}`}
            @click=${(e: Event) => {
              e.preventDefault();
              view.actions.goToPart(part.ref.id);
            }}
            >${part.ref.title}</a
          >
          ${requires
            ? html`<progress class="progress" max="100" .value=${percent} aria-label=${msg.partProgress(part.ref.title, percent)}></progress>`
            : html`<span class="nav-none">${msg.nothingRequired}</span>`}
        </li>`;
      })}
    </ol>
  </nav>`;
}

function renderPart(view: FormView, part: Part, index: number): unknown {
  const { session } = view;
  const { ctx, widgets, reads } = view.parts.of(view, part);
  const key = [session.submission.data[part.ref.id], view.evaluation.index.partVersion(part.ref.id), reads, view.role, view.lang, session.mode, view.widgets, view.rowWindows.version(part.ref.id)];
  return guard(key, () => drawPart(part, index, ctx, widgets));
}

function drawPart(part: Part, index: number, ctx: WidgetContext, widgets: readonly (Widget | undefined)[]): TemplateResult {
  const noBreak = index === 0 || part.ref.pageBreakBefore === false;
  return html`<section class="part ${noBreak ? "no-break" : ""}" id=${`part-${part.ref.id}`} aria-labelledby=${`part-${part.ref.id}-title`} part="part">
    <h2 id=${`part-${part.ref.id}-title`} tabindex="-1" part="heading">
      ${part.ref.title}
    </h2>
    ${part.layout.blocks.map((block, i) => widgets[i]?.render(block, ctx) ?? nothing)}
  </section>`;
}
