/** `@cluster-form/renderer`: the `<cluster-form>` element class, its events, widgets and locale catalogs. Import `./define.js` to register the tag. */
export { ClusterForm, type ModuleLoader } from "./components/cluster-form/cluster-form.component.js";
export { clusterFormStyles } from "./components/cluster-form/cluster-form.styles.js";
export * from "./events.js";
export { defaultWidgets, pickWidget, widgetIs, NOT_APPLICABLE, type ControlOptions, type Rank, type Widget, type WidgetContext } from "./widgets/index.js";
export { catalogs, messagesFor, localize, type Messages } from "./locales/index.js";
export { FormSession, normalizeSubmission, type Evaluator } from "./session/session.js";
export { loadFromSrc, formFromDocument, evaluatorFor } from "./session/load.js";
export { fetchFormDocument, importValidators, type FormDocument } from "./session/form-sources.js";
export { parseTabSeparated } from "./state/tsv.js";
export { coerceText } from "./state/coerce.js";
export { draftKey, type StoredDraft } from "./state/draft-store.js";
