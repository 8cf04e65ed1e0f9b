/**
 * An attached file (a schema object with `name` and `dataUrl` text properties, and optionally
 * `mediaType` and `size`): a file picker that stores the file as a data URL, and shows the stored
 * file's name with a remove button. A file over the schema's limits is refused with a message;
 * nothing is stored silently cut short.
 */
import type { DataSchema } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";
import type { ControlModel } from "./types.js";

export interface AttachedFile {
  readonly name: string;
  readonly mediaType?: string;
  readonly size?: number;
  readonly dataUrl: string;
}

function property(schema: DataSchema | undefined, key: string): DataSchema | undefined {
  const found = schema?.properties?.[key];
  return typeof found === "object" ? (found as DataSchema) : undefined;
}

export function isFileSchema(schema: DataSchema | undefined): boolean {
  return schema?.type === "object" && property(schema, "name")?.type === "string" && property(schema, "dataUrl")?.type === "string";
}

function attached(value: unknown): AttachedFile | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { name } = value as { name?: unknown };
  return typeof name === "string" && name !== "" ? (value as AttachedFile) : undefined;
}

const readAsDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });

const bytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);

/** The file as the schema allows it to be stored, or the message saying why it cannot be. */
export async function fileValue(file: File, schema: DataSchema | undefined, model: Pick<ControlModel, "msg">): Promise<AttachedFile | string> {
  const maxSize = property(schema, "size")?.maximum;
  const maxName = property(schema, "name")?.maxLength;
  const maxType = property(schema, "mediaType")?.maxLength;
  const maxData = property(schema, "dataUrl")?.maxLength;
  if (maxSize !== undefined && file.size > maxSize) return model.msg.fileTooLarge(file.name, bytes(maxSize));
  if (maxName !== undefined && [...file.name].length > maxName) return model.msg.fileTooLarge(file.name, `${maxName}`);
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return model.msg.fileUnreadable(file.name);
  }
  // A data URL is about 4/3 of the file: the text limit may be the tighter one.
  if (maxData !== undefined && dataUrl.length > maxData) return model.msg.fileTooLarge(file.name, bytes(Math.floor((maxData * 3) / 4)));
  const mediaType = file.type && (maxType === undefined || file.type.length <= maxType) ? file.type : undefined;
  return {
    name: file.name,
    ...(mediaType && property(schema, "mediaType") ? { mediaType } : {}),
    ...(property(schema, "size") ? { size: file.size } : {}),
    dataUrl,
  };
}

export function renderFileInput(model: ControlModel): TemplateResult {
  const file = attached(model.value);
  const problemId = `${model.id}-file-problem`;
  // The refusal is shown by the control itself (it is not in the data, so no finding carries it).
  const onPick = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const problem = (input.getRootNode() as Document | ShadowRoot).getElementById(problemId);
    const picked = input.files?.[0];
    input.value = "";
    if (!picked) return;
    const value = await fileValue(picked, model.schema, model);
    if (problem) {
      problem.textContent = typeof value === "string" ? value : "";
      problem.hidden = typeof value !== "string";
    }
    if (typeof value !== "string") model.onChoice(value);
  };
  return html`<div class="file-input" part="file">
    ${file
      ? html`<span class="file-name">${file.name}</span>${file.size !== undefined ? html` <span class="file-size">(${bytes(file.size)})</span>` : nothing}
          ${model.editable
            ? html`<button type="button" class="screen-only" aria-label=${model.msg.fileRemove(file.name)} @click=${() => model.onChoice(undefined)}>×</button>`
            : nothing}`
      : nothing}
    ${model.editable
      ? html`<input
          id=${model.id}
          class="screen-only"
          type="file"
          aria-label=${model.label}
          aria-describedby=${[model.describedBy, problemId].filter(Boolean).join(" ")}
          aria-invalid=${model.invalid ? "true" : "false"}
          @change=${onPick}
        />`
      : nothing}
    <div class="message error" id=${problemId} role="alert" hidden></div>
  </div>`;
}
