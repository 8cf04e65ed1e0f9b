/** The styles of `<cluster-form-excel>`: its buttons in a row, and the import preview dialog. */
import { css } from "lit";

export const excelStyles = css`
  :host { display: inline-flex; gap: 0.5em; }
  dialog { max-width: min(56em, 95vw); max-height: 85vh; overflow: auto; }
  table { border-collapse: collapse; margin: 0.5em 0; }
  th, td { border: 1px solid var(--cf-border-color, #333); padding: 0.2em 0.5em; text-align: left; }
  .problems li { color: var(--cf-error-color, #b00020); }
  .actions { display: flex; gap: 0.5em; justify-content: flex-end; margin-top: 1em; }
`;
