/** The live panels beside the form: problems, tests (with what they leave uncovered), the diff with last year. */
import { html, nothing, type TemplateResult } from "lit";
import type { DefinitionFinding, Lang } from "@cluster-form/schema";
import type { ExpectationUpdate } from "@cluster-form/rules";
import type { EditorMessages } from "../../locales/index.js";
import type { CheckResponse } from "../api.js";

const shown = (value: unknown): string => (value === undefined ? "—" : JSON.stringify(value));

const updateOf = (updates: readonly ExpectationUpdate[], file: string, index: number): ExpectationUpdate | undefined =>
  updates.find((u) => u.file === file && u.index === index);

export function findingsPanel(
  text: EditorMessages,
  lang: Lang,
  findings: readonly DefinitionFinding[],
  goTo: (finding: DefinitionFinding) => void,
): TemplateResult {
  if (findings.length === 0) return html`<p class="ok">${text.panels.noFindings}</p>`;
  return html`<ul class="finding-list">
    ${findings.map(
      (f) => html`<li class="severity-${f.severity}">
        <span class="badge">${text.panels.severities[f.severity]}</span>
        <span class="message">${f.message[lang]}</span>
        <span class="where">${text.panels.findingAt(f.location.file, f.location.line, f.location.column)}</span>
        <button type="button" class="link" @click=${() => goTo(f)}>${text.panels.goTo}</button>
      </li>`,
    )}
  </ul>`;
}

export function testsPanel(
  text: EditorMessages,
  lang: Lang,
  check: CheckResponse,
  accept: (update: ExpectationUpdate) => void,
  editCase?: (file: string, index: number) => void,
  caseData?: TemplateResult,
): TemplateResult {
  const t = text.panels;
  const tests = check.tests;
  if (!tests) return html`<p>${t.formBroken}</p>`;
  if (tests.cases.length === 0) return html`<p>${t.noTests}</p>`;
  const failed = tests.cases.filter((c) => !c.passed);
  const coverage = tests.coverage;
  return html`<p class=${tests.failed > 0 ? "bad" : "ok"} role="status">${t.testsSummary(tests.passed, tests.failed)}</p>
    ${failed.length > 0
      ? html`<ul class="test-list">${failed.map(
          (c) => html`<li class="severity-error"><span class="badge">${t.failed}</span> ${c.name} <span class="where">${c.file}</span>
            <ul>${c.mismatches.map((m) => html`<li title=${m.path}>${t.mismatch(m.subject?.[lang] ?? m.path, shown(m.expected), shown(m.actual))}</li>`)}${c.error ? html`<li>${c.error}</li>` : nothing}</ul>
            ${updateOf(tests.updates, c.file, c.index)
              ? html`<button type="button" @click=${() => {
                  const update = updateOf(tests.updates, c.file, c.index);
                  if (update) accept(update);
                }}>${t.acceptUpdate}</button>`
              : nothing}
            ${editCase ? html`<button type="button" @click=${() => editCase(c.file, c.index)}>${t.editCase}</button>` : nothing}</li>`,
        )}</ul>`
      : nothing}
    ${caseData ?? nothing}
    ${coverage
      ? coverage.uncoveredCriteria.length + coverage.uncoveredBranches.length === 0
        ? html`<p class="ok">${t.allCovered}</p>`
        : html`${coverage.uncoveredCriteria.length > 0
            ? html`<h4>${t.uncoveredCriteria}</h4><ul>${coverage.uncoveredCriteria.map((c) => html`<li>${c.label}</li>`)}</ul>`
            : nothing}
          ${coverage.uncoveredBranches.length > 0
            ? html`<h4>${t.uncoveredBranches}</h4><ul>${coverage.uncoveredBranches.map((b) => html`<li>${t.branchOf(b.label, b.branch, b.text)}</li>`)}</ul>`
            : nothing}`
      : nothing}`;
}

export function diffPanel(text: EditorMessages, lang: Lang, check: CheckResponse, hasBase: boolean): TemplateResult {
  const t = text.panels;
  if (!hasBase) return html`<p>${t.noBase}</p>`;
  if (!check.diff) return html`<p>${t.formBroken}</p>`;
  if (check.diff.changes.length === 0) return html`<p>${t.noDiff}</p>`;
  return html`<ol class="diff-list">${check.diff.changes.map((c) => html`<li>${c.text[lang]}</li>`)}</ol>`;
}

export type PanelId = "findings" | "tests" | "preview" | "diff";

export const PANELS: readonly PanelId[] = ["findings", "tests", "preview", "diff"];

/**
 * The panels as tabs (arrow keys move between them, as the WAI-ARIA tabs pattern has it), `body`
 * the shown one's content. `select` is given the panel to show and whether the focus goes to its tab.
 */
export function panelsView(text: EditorMessages, title: string, check: CheckResponse | undefined, panel: PanelId, body: TemplateResult, select: (panel: PanelId, focus: boolean) => void): TemplateResult {
  const t = text.panels;
  const names: Record<PanelId, string> = { findings: t.findings, tests: t.tests, preview: t.preview, diff: t.diff };
  const move = (event: KeyboardEvent): void => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step) select(PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length] ?? "findings", true);
  };
  return html`<aside class="panels">
    <div role="tablist" aria-label=${title} @keydown=${move}>
      ${PANELS.map((id) => {
        const count = id === "findings" && check ? ` (${check.findings.length})` : id === "tests" && check?.tests?.failed ? t.testsFailedTab(check.tests.failed) : "";
        return html`<button type="button" role="tab" id=${`tab-${id}`} aria-controls="panel-body" aria-selected=${panel === id ? "true" : "false"} tabindex=${panel === id ? "0" : "-1"} @click=${() => select(id, false)}>${names[id]}${count}</button>`;
      })}
    </div>
    <div role="tabpanel" id="panel-body" aria-labelledby=${`tab-${panel}`} tabindex="0">${body}</div>
  </aside>`;
}
