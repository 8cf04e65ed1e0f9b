/** Registers `<cluster-form>`. Import this module (or the bundle) once; importing the class alone defines nothing. */
import { ClusterForm } from "./cluster-form.js";

if (!customElements.get("cluster-form")) customElements.define("cluster-form", ClusterForm);

declare global {
  interface HTMLElementTagNameMap {
    "cluster-form": ClusterForm;
  }
}

export { ClusterForm };
