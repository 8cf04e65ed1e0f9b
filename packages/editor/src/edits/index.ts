/**
 * @cluster-form/editor/edits: the headless editing library of `cluster-form edit`. A form is a map
 * of file path → text (`FormTexts`); every operation returns the minimal edits it makes with their
 * inverse (`EditResult`), to apply with `applyChanges` and undo with `revertChanges`.
 */
export type * from "./types.js";
export { EditRefused, applyChanges, revertChanges } from "./text-edits.js";
export { loadForm } from "./form.js";
export { idFromLabel, keyFromLabel } from "./ids.js";
export { buildOutline, findingsAt } from "./outline/index.js";
export { recognize, toRule } from "./shapes/index.js";
export { recognitionReport } from "./shapes/report.js";
export { writeShape } from "./shapes/write.js";
export { formNames, withoutPath, type FormNames, type ListChoice, type Named, type Period } from "./shapes/names.js";
export { shapeModel, unnamed, type ShapeModel } from "./shapes/model.js";
export { countOf, countPeriods, countWithin, countableLists } from "./shapes/count.js";
export { setValue, setRule, setThreshold, acceptProposal } from "./values.js";
export { thresholdsOf, type Threshold } from "./shapes/thresholds.js";
export { addListCriterion } from "./scaffolds/list-criterion.js";
export { addField } from "./scaffolds/field.js";
export { addColumn } from "./scaffolds/column.js";
export { movePoints } from "./scaffolds/move-points.js";
export { addTerm, numberColumns, removeTerm, setTerm, summableLists, termChoices, termPath } from "./shapes/terms.js";
export { setJudgement } from "./shapes/judgement.js";
export { setCaseValue, caseDataBase, type CaseDataPath } from "./case-data.js";
