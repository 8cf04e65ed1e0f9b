/** Registers `<cluster-form>`. Import this module (or the bundle) once; importing the class alone defines nothing. */
export { ClusterForm } from "./components/cluster-form/cluster-form.js";
