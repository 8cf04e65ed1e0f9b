/**
 * Runs a scaffold of the editing library on the form's texts (disk and unsaved) for the page: the
 * edits come back to the page, which applies them to its working copy as one undo step.
 */
import { FormDefinitionError, loadFormFiles } from "@cluster-form/schema";
import { addColumn, addField, addListCriterion, EditRefused, movePoints } from "../edits/index.js";
import type { EditResult, FormTexts } from "../edits/types.js";
import type { ScaffoldOutcome, ScaffoldRequest } from "../protocol.js";

async function run(texts: FormTexts, request: ScaffoldRequest): Promise<EditResult> {
  const pkg = await loadFormFiles({ origin: "editor", files: texts });
  switch (request.kind) {
    case "listCriterion":
      return addListCriterion(texts, pkg, request.args);
    case "field":
      return addField(texts, pkg, request.args);
    case "column":
      return addColumn(texts, pkg, request.args);
    case "movePoints":
      return movePoints(texts, pkg, request.args);
  }
}

export async function runScaffold(texts: FormTexts, request: ScaffoldRequest): Promise<ScaffoldOutcome> {
  try {
    const { changes } = await run(texts, request);
    return { status: "done", result: { changes } };
  } catch (error) {
    if (error instanceof EditRefused || error instanceof FormDefinitionError) return { status: "refused", findings: error.findings };
    throw error;
  }
}
