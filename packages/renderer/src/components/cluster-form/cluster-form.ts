/** Registers `<cluster-form>`: importing the class alone (cluster-form.component.ts) defines nothing. */
import { ClusterForm } from "./cluster-form.component.js";

if (!customElements.get("cluster-form")) customElements.define("cluster-form", ClusterForm);

declare global {
  interface HTMLElementTagNameMap {
    "cluster-form": ClusterForm;
  }
}

export { ClusterForm };
