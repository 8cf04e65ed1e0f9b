/**
 * `<cluster-form-excel>`: Excel export and import buttons for `<cluster-form>`, placed in its
 * `toolbar` slot. The Excel module (exceljs inside) is loaded only when a button is used, through
 * the form's `excelLoader` when the page sets one, else `import("@cluster-form/excel")`.
 *
 *   <cluster-form src="form.json"><cluster-form-excel slot="toolbar"></cluster-form-excel></cluster-form>
 *
 * Import shows a preview first: the rows that will be added (or the parts of a whole
 * submission) and every cell or row that does not fit, with its row number; nothing is added
 * before the user confirms, and nothing that does not fit is added at all.
 */
import { fieldLimits, fieldTitle, isRecord, joinPointer, schemaAtPointer, valueAt, type FormPackage, type SubmissionValidator } from "@cluster-form/schema";
import type * as ExcelModule from "@cluster-form/excel";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import type { ClusterForm } from "../cluster-form/cluster-form.component.js";
import { ClusterFormLoadEvent } from "../../events.js";
import { excelActionMessages, type ExcelActionMessages } from "../../locales/excel-actions.js";
import { excelStyles } from "./cluster-form-excel.styles.js";

type Excel = typeof ExcelModule;

/** A repeating table of the form that rows can be imported into. */
interface TableTarget {
  readonly id: string;
  readonly part: string;
  readonly pointer: string;
  /** The table in the submission (`/data/<part><pointer>`). Part ids are identifiers (the manifest's pattern): nothing in them to escape. */
  readonly dataPointer: string;
  readonly label: string;
  readonly maxItems?: number;
}

type Preview =
  | { readonly kind: "whole"; readonly file: string; readonly bytes: Uint8Array; readonly result: ExcelModule.SubmissionImport; readonly parts: number }
  | { readonly kind: "rows"; readonly file: string; readonly bytes: Uint8Array; readonly target: TableTarget; readonly result: ExcelModule.RowsImport; readonly room: number };

export function tableTargets(pkg: FormPackage, msg: ExcelActionMessages): TableTarget[] {
  return pkg.parts.flatMap((part) =>
    part.layout.blocks.flatMap((block) => {
      if (block.widget !== "repeat") return [];
      const schema = schemaAtPointer(part.schema, block.field);
      const title = block.title ?? fieldTitle(schema) ?? block.field;
      const { maxItems } = fieldLimits(schema);
      return [{ id: `${part.ref.id}${block.field}`, part: part.ref.id, pointer: block.field, dataPointer: `/data/${part.ref.id}${block.field}`, label: msg.tableLabel(part.ref.title, title), ...(maxItems !== undefined ? { maxItems } : {}) }];
    }),
  );
}

/** The rows already in a table of a submission. */
function rowsIn(value: unknown, target: TableTarget): unknown[] {
  const rows = valueAt(value, joinPointer("/data", target.part) + target.pointer);
  return Array.isArray(rows) ? rows : [];
}

/**
 * `<cluster-form-excel>`: export the form's submission to .xlsx, import a workbook or a sheet of rows
 * after a preview. Placed in a `<cluster-form>`'s `toolbar` slot. Needs the Excel package
 * (`@cluster-form/excel`, exceljs inside): the prebuilt `dist/cluster-form-excel.bundle.js` carries
 * its own copy (a chunk loaded on first use); with the ES module (`@cluster-form/renderer/excel`)
 * the page installs `@cluster-form/excel` itself.
 *
 * @tag cluster-form-excel
 * @summary Excel export and import buttons for `<cluster-form>`.
 *
 * @cssprop [--cf-border-color=#333] - Cell rules of the import preview's table.
 * @cssprop [--cf-error-color=#b00020] - The rows and cells of the import preview that do not fit.
 */
export class ClusterFormExcel extends LitElement {
  static override styles = excelStyles;

  static override properties = { _preview: { state: true }, _status: { state: true }, _busy: { state: true } };

  private _preview?: Preview;
  private _status = "";
  private _busy = false;
  #form?: ClusterForm;
  #pkg?: FormPackage;
  // Read by shape, not instanceof: the page may load this element and the form from different bundles.
  readonly #onLoad = (event: Event): void => {
    const pkg = (event as Partial<ClusterFormLoadEvent>).formPackage;
    if (pkg) this.#pkg = pkg;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = (this.closest("cluster-form") as ClusterForm | null) ?? undefined;
    this.#form?.addEventListener(ClusterFormLoadEvent.eventName, this.#onLoad);
  }

  override disconnectedCallback(): void {
    this.#form?.removeEventListener(ClusterFormLoadEvent.eventName, this.#onLoad);
    super.disconnectedCallback();
  }

  get #msg(): ExcelActionMessages {
    return excelActionMessages(this.#form?.lang || this.closest("[lang]")?.getAttribute("lang") || "zh-CN");
  }

  get #package(): FormPackage | undefined {
    return (this.#form as Partial<ClusterForm> | undefined)?.package ?? this.#pkg ?? this.#form?.formPackage;
  }

  #excel(): Promise<Excel> {
    const form = this.#form;
    return (form?.excelLoader ? form.loadExcel() : import("@cluster-form/excel")) as Promise<Excel>;
  }

  async #run(task: (pkg: FormPackage, form: ClusterForm) => Promise<void>): Promise<void> {
    const pkg = this.#package;
    const form = this.#form;
    if (!pkg || !form) {
      this._status = this.#msg.notLoaded;
      return;
    }
    this._busy = true;
    try {
      await task(pkg, form);
    } catch (error) {
      this._status = this.#msg.failed(error instanceof Error ? error.message : String(error));
    } finally {
      this._busy = false;
    }
  }

  /** Downloads the submission as .xlsx (with the counted scores of the current evaluation). */
  exportWorkbook(): Promise<void> {
    return this.#run(async (pkg, form) => {
      form.saveDraft();
      const excel = await this.#excel();
      const bytes = await excel.exportSubmissionXlsx(pkg, form.value ?? { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: {} }, form.result ? { result: form.result } : {});
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${pkg.manifest.title}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  }

  /** Reads a workbook and shows what would be imported into `targetId` ("" for the whole submission, else a table). */
  previewFile(file: File, targetId?: string): Promise<void> {
    return this.#run(async (pkg, form) => {
      if (!form.canEdit("")) {
        this._status = this.#msg.readOnlyRole;
        return;
      }
      // A file larger than any workbook of the form is refused unread; the bytes are checked again before parsing.
      const excel = await this.#excel();
      const tooLarge = excel.checkWorkbookFileSize(file.size, excel.workbookLimits(pkg));
      if (tooLarge) {
        this._status = this.#inLang(tooLarge.reason);
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      await this.#showPreview(pkg, file.name, bytes, targetId);
    });
  }

  /** The tables the form's role fills: rows are imported into these only. */
  #targets(pkg: FormPackage): TableTarget[] {
    const form = this.#form;
    return tableTargets(pkg, this.#msg).filter((t) => form?.canEdit(t.dataPointer));
  }

  async #showPreview(pkg: FormPackage, file: string, bytes: Uint8Array, targetId?: string): Promise<void> {
    const excel = await this.#excel();
    const targets = this.#targets(pkg);
    let target = targetId ? targets.find((t) => t.id === targetId) : undefined;
    if (!targetId) {
      const whole = await excel.importSubmissionXlsx(pkg, bytes);
      const data = isRecord(whole.submission["data"]) ? whole.submission["data"] : {};
      const parts = Object.keys(data).length;
      // A sheet made by hand has no part sheets: it is rows for a table.
      if (parts > 0 || targets.length === 0) {
        this.#open({ kind: "whole", file, bytes, result: whole, parts });
        return;
      }
      target = targets[0];
    }
    if (!target) return;
    const validator = await this.#precompiledValidator(pkg);
    const result = await excel.importRowsXlsx(pkg, target.part, target.pointer, bytes, validator ? { validator } : {});
    const room = target.maxItems === undefined ? result.rows.length : Math.max(0, target.maxItems - rowsIn(this.#form?.value, target).length);
    this.#open({ kind: "rows", file, bytes, target, result, room });
  }

  /**
   * The form's precompiled validators, when the page uses them (a CSP without 'unsafe-eval'): the
   * rows of a sheet are checked with them, as nothing can be compiled there. Loaded on demand.
   */
  async #precompiledValidator(pkg: FormPackage): Promise<SubmissionValidator | undefined> {
    const form = this.#form;
    if (!form?.precompiledValidators && !form?.validators) return undefined;
    const [{ createSubmissionValidatorWith }, { importValidators }] = await Promise.all([import("@cluster-form/schema"), import("../../session/form-sources.js")]);
    const precompiled = form.precompiledValidators ?? (form.validators ? await importValidators(form.validators, document.baseURI) : undefined);
    return precompiled ? createSubmissionValidatorWith(pkg, precompiled) : undefined;
  }

  #open(preview: Preview): void {
    this._preview = preview;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector("dialog");
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #close(): void {
    this.renderRoot.querySelector("dialog")?.close();
    this._preview = undefined;
  }

  /**
   * Applies the preview: appends the rows that fit, or replaces the submission. Either is the user's
   * own edit (`edit`, not `value`): saved to the draft and told to the page by `cf-change`, as typing is.
   */
  confirmImport(): void {
    const preview = this._preview;
    const form = this.#form;
    if (!preview || !form) return;
    if (preview.kind === "whole") {
      form.edit("", preview.result.submission);
      this._status = this.#msg.replaced;
    } else {
      const rows = preview.result.rows.slice(0, preview.room);
      form.edit(preview.target.dataPointer, [...rowsIn(form.value, preview.target), ...rows]);
      this._status = this.#msg.added(rows.length);
    }
    this.#close();
  }

  #onImport(): void {
    // Asked when pressed: the role may have changed since this was drawn.
    if (this.#form && !this.#form.canEdit("")) this._status = this.#msg.readOnlyRole;
    else this.renderRoot.querySelector<HTMLInputElement>("input[type=file]")?.click();
  }

  #onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) void this.previewFile(file);
  }

  #onTarget(event: Event): void {
    const preview = this._preview;
    const pkg = this.#package;
    if (!preview || !pkg) return;
    const id = (event.target as HTMLSelectElement).value;
    void this.#run(() => this.#showPreview(pkg, preview.file, preview.bytes, id || undefined).then(() => undefined));
  }

  #inLang(reason: ExcelModule.ImportProblem["reason"]): string {
    return (this.#form?.lang || "zh-CN").toLowerCase().startsWith("en") ? reason.en : reason.zh;
  }

  #problemLines(problems: readonly ExcelModule.ImportProblem[]): TemplateResult[] {
    const msg = this.#msg;
    return problems.map((p) => html`<li>${msg.problemLine(p.sheet, p.row, p.column, this.#inLang(p.reason))}</li>`);
  }

  #renderProblems(problems: readonly ExcelModule.ImportProblem[]): TemplateResult {
    const msg = this.#msg;
    if (problems.length === 0) return html`<p>${msg.noProblems}</p>`;
    return html`<p>${msg.problemsFound(problems.length)}</p>
      <ul class="problems">
        ${this.#problemLines(problems)}
      </ul>`;
  }

  /** Rows skipped on purpose (a total row): said, but not as problems. */
  #renderNotes(notes: readonly ExcelModule.ImportProblem[]): TemplateResult | typeof nothing {
    if (notes.length === 0) return nothing;
    return html`<p>${this.#msg.skipped(notes.length)}</p>
      <ul class="notes">
        ${this.#problemLines(notes)}
      </ul>`;
  }

  #renderRows(preview: Extract<Preview, { kind: "rows" }>): TemplateResult {
    const msg = this.#msg;
    const keys = preview.result.columns.flatMap((c) => (c.key ? [{ key: c.key, header: c.header }] : []));
    const shown = preview.result.rows.slice(0, preview.room);
    return html`<p>${msg.rowsFound(shown.length)}</p>
      ${preview.room < preview.result.rows.length ? html`<p class="problems">${msg.roomFor(preview.room)}</p>` : nothing}
      <table>
        <thead><tr><th scope="col">${msg.rowNumber}</th>${keys.map((k) => html`<th scope="col">${k.header}</th>`)}</tr></thead>
        <tbody>
          ${shown.map(
            (row, i) => html`<tr><td>${preview.result.rowNumbers[i]}</td>${keys.map((k) => html`<td>${Object.hasOwn(row, k.key) ? String(row[k.key]) : ""}</td>`)}</tr>`,
          )}
        </tbody>
      </table>`;
  }

  #renderDialog(): TemplateResult | typeof nothing {
    const preview = this._preview;
    const pkg = this.#package;
    if (!preview || !pkg) return nothing;
    const msg = this.#msg;
    const current = preview.kind === "rows" ? preview.target.id : "";
    const count = preview.kind === "rows" ? Math.min(preview.room, preview.result.rows.length) : 0;
    return html`<dialog aria-labelledby="excel-import-title" @close=${() => (this._preview = undefined)}>
      <h2 id="excel-import-title">${msg.importTitle(preview.file)}</h2>
      <label>${msg.target}
        <select @change=${this.#onTarget} .value=${current}>
          <option value="" ?selected=${current === ""}>${msg.wholeSubmission}</option>
          ${this.#targets(pkg).map((t) => html`<option value=${t.id} ?selected=${t.id === current}>${t.label}</option>`)}
        </select>
      </label>
      ${preview.kind === "whole" ? html`<p>${msg.partsFound(preview.parts)}</p><p>${msg.ownFieldsOnly}</p>` : this.#renderRows(preview)}
      ${this.#renderProblems(preview.result.problems)}
      ${preview.kind === "rows" ? this.#renderNotes(preview.result.notes) : nothing}
      <div class="actions">
        <button type="button" @click=${() => this.#close()}>${msg.cancel}</button>
        <button type="button" class="primary" ?disabled=${preview.kind === "rows" && count === 0} @click=${() => this.confirmImport()}>
          ${preview.kind === "whole" ? msg.replaceAll : msg.addRows(count)}
        </button>
      </div>
    </dialog>`;
  }

  protected override render(): TemplateResult {
    const msg = this.#msg;
    return html`<button type="button" part="button" ?disabled=${this._busy} @click=${() => void this.exportWorkbook()}>${msg.exportExcel}</button>
      <button type="button" part="button" ?disabled=${this._busy} @click=${this.#onImport}>
        ${msg.importExcel}
      </button>
      <input type="file" hidden accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" @change=${this.#onPick} />
      <span role="status" aria-live="polite">${this._status}</span>
      ${this.#renderDialog()}`;
  }
}
