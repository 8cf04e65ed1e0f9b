/**
 * `@cluster-form/renderer/excel`: registers `<cluster-form-excel>` (Excel export and import buttons
 * for `<cluster-form>`'s `toolbar` slot). Import it once, beside the form.
 */
export { ClusterFormExcel, excelTagName } from "./components/cluster-form-excel/cluster-form-excel.js";
export { tableTargets } from "./components/cluster-form-excel/cluster-form-excel.component.js";
