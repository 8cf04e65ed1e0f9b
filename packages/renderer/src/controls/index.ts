import type { TemplateResult } from "lit";
import { choicesFor, renderChoiceInput } from "./choice-input.js";
import { isFileSchema, renderFileInput } from "./file-input.js";
import { ownForm } from "./own-form.js";
import { isMultiline, renderTextInput } from "./text-input.js";
import type { ControlModel } from "./types.js";

export type { ControlModel } from "./types.js";
export { isMultiline };

/**
 * The input for a field, chosen by its schema: a file picker for an attached file, choices when it
 * lists them, else text of the right kind; in a form of its own (own-form.ts).
 */
export function renderControl(model: ControlModel): TemplateResult {
  return ownForm(inputFor(model));
}

function inputFor(model: ControlModel): TemplateResult {
  if (isFileSchema(model.schema)) return renderFileInput(model);
  const choices = choicesFor(model);
  return choices.length > 0 ? renderChoiceInput(model, choices) : renderTextInput(model);
}

/** Whether the control is a group (radio buttons) that labels itself with a legend. */
export function labelsItself(model: ControlModel): boolean {
  return !model.inTable && choicesFor(model).length > 0 && choicesFor(model).length <= 4;
}
