/** Registers `<cluster-form-excel>`: importing the class alone (cluster-form-excel.component.ts) defines nothing. */
import { ClusterFormExcel } from "./cluster-form-excel.component.js";

export const excelTagName = "cluster-form-excel";

if (!customElements.get(excelTagName)) customElements.define(excelTagName, ClusterFormExcel);

declare global {
  interface HTMLElementTagNameMap {
    "cluster-form-excel": ClusterFormExcel;
  }
}

export { ClusterFormExcel };
