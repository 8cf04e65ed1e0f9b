/**
 * The preview's one `<cluster-form>` (the renderer's shipped bundle, defined by its own script tag),
 * kept across checks and panel switches and updated in place: a new form (from the check's revision,
 * with the validators the server built for it) only when the form's texts changed, a new value only
 * when the sample case or its data changed. What the officer scrolled to or typed in the preview
 * stays.
 */
import { isRecord, loadFormFiles, type FormFiles, type FormPackage, type PrecompiledValidators } from "@cluster-form/schema";
import { previewUrls } from "./api.js";

interface PreviewElement extends HTMLElement {
  formPackage?: FormPackage;
  precompiledValidators?: PrecompiledValidators;
  value?: unknown;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The texts the validators are built from (the manifest and the data schemas), as the server keys them (../server/preview.ts). */
function schemaTexts(files: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    Object.keys(files)
      .filter((path) => path === "form.json" || path.endsWith(".schema.json"))
      .sort()
      .map((path) => [path, files[path]]),
  );
}

export class Preview {
  readonly element: PreviewElement;
  #formText: string | undefined;
  #schemas: string | undefined;
  #valueText: string | undefined;
  #latest = 0;

  constructor() {
    this.element = document.createElement("cluster-form") as PreviewElement;
    this.element.setAttribute("autosave", "off");
    this.element.setAttribute("form-role", "applicant");
  }

  set lang(lang: string) {
    if (this.element.getAttribute("lang") !== lang) this.element.setAttribute("lang", lang);
  }

  /**
   * Shows the form of check `revision` filled with `submission` (changing only what differs from what
   * is shown). A failure of a show that a newer one has replaced is of no interest and not thrown.
   */
  async show(revision: number, submission: unknown): Promise<void> {
    const mine = ++this.#latest;
    try {
      await this.#show(mine, revision, submission);
    } catch (error) {
      if (mine === this.#latest) throw error;
    }
  }

  async #show(mine: number, revision: number, submission: unknown): Promise<void> {
    const urls = previewUrls(revision);
    const formText = await fetchText(urls.bundle);
    if (mine !== this.#latest) return;
    if (formText !== this.#formText) {
      const bundle: unknown = JSON.parse(formText);
      if (!isRecord(bundle) || !isRecord(bundle.files)) throw new Error("not a form bundle");
      const schemas = schemaTexts(bundle.files);
      const [pkg, validators] = await Promise.all([
        loadFormFiles(bundle as unknown as FormFiles, { checkPatterns: false }),
        // Validators follow the data schemas only: a changed label or rule keeps the ones shown.
        schemas === this.#schemas && this.element.precompiledValidators
          ? this.element.precompiledValidators
          : (import(/* @vite-ignore */ urls.validators) as Promise<PrecompiledValidators>),
      ]);
      if (mine !== this.#latest) return;
      this.#formText = formText;
      this.#schemas = schemas;
      // Set together: the element loads once, from the package, with these validators (no compiler).
      this.element.precompiledValidators = validators;
      this.element.formPackage = pkg;
    }
    const valueText = JSON.stringify(submission ?? null);
    if (valueText !== this.#valueText) {
      this.#valueText = valueText;
      this.element.value = submission ?? undefined;
    }
  }
}
