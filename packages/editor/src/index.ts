/** @cluster-form/editor: `startEditor()` serves the form editor for a form folder (Node only). */
export { startEditor, type EditorOptions, type RunningEditor } from "./server/start.js";
export type { CheckResult, DiffLine, FileState, SampleScores, SaveOutcome, TestsOutcome } from "./protocol.js";
