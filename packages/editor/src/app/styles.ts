/** The page's stylesheet (the editor draws into the light DOM, so one document sheet styles it all). */
import { css } from "lit";

export const editorStyles = css`
  :root { color-scheme: light; font-family: "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; font-size: 15px; }
  body { margin: 0; background: #f4f5f7; color: #1d2330; }
  cf-editor { display: block; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .toolbar { position: sticky; top: 0; z-index: 2; display: grid; grid-template-columns: 1fr auto; gap: 0.2rem 1rem; padding: 0.6rem 1rem; background: #fff; border-bottom: 1px solid #c9ced8; }
  .toolbar h1 { font-size: 1.15rem; margin: 0; }
  .toolbar .where { margin: 0; color: #4a5263; grid-column: 1; }
  .toolbar .actions { grid-column: 2; grid-row: 1 / span 2; display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
  .toolbar .status { grid-column: 1 / -1; margin: 0; color: #2f4a7a; white-space: pre-line; }
  .notice { grid-column: 1 / -1; margin: 0; padding: 0.3rem 0.6rem; background: #fff4d6; border: 1px solid #d9a400; }
  button, select, input, textarea { font: inherit; }
  button { padding: 0.3rem 0.8rem; border: 1px solid #7a8499; border-radius: 4px; background: #fff; color: #1d2330; cursor: pointer; }
  button.primary { background: #1f5fbf; border-color: #1f5fbf; color: #fff; }
  button:disabled { opacity: 0.55; cursor: default; }
  button.link { border: none; background: none; color: #1f5fbf; text-decoration: underline; padding: 0 0.2rem; }
  :focus-visible { outline: 3px solid #ff9e1b; outline-offset: 1px; }
  .layout { display: grid; grid-template-columns: 16rem minmax(0, 1fr) 26rem; gap: 1rem; padding: 1rem; align-items: start; }
  .outline, .panels { position: sticky; top: 7.5rem; max-height: calc(100vh - 9rem); overflow: auto; background: #fff; border: 1px solid #c9ced8; border-radius: 6px; padding: 0.6rem; }
  .outline h2 { font-size: 1rem; margin: 0 0 0.4rem; }
  .outline ul { list-style: none; margin: 0; padding: 0; }
  .part-link { display: block; width: 100%; text-align: left; border: none; border-radius: 4px; padding: 0.35rem 0.4rem; margin: 1px 0; }
  .part-link[aria-current="true"] { background: #dfe9fa; font-weight: 600; }
  .points { color: #4a5263; font-size: 0.9em; }
  .count { color: #a1260d; font-size: 0.85em; }
  .editor { min-width: 0; }
  .part { background: #fff; border: 1px solid #c9ced8; border-radius: 6px; padding: 0.8rem 1rem; }
  .part h2 { font-size: 1.1rem; margin-top: 0; }
  .part h3 { font-size: 1rem; border-bottom: 1px solid #e1e4ea; padding-bottom: 0.2rem; }
  fieldset { border: 1px solid #c9ced8; border-radius: 6px; margin: 0.6rem 0; padding: 0.5rem 0.8rem; }
  fieldset.criterion > legend { font-weight: 600; }
  fieldset.branch { background: #fafbfc; }
  .box { display: flex; flex-direction: column; gap: 0.15rem; margin: 0.35rem 0; }
  .box label { font-size: 0.9em; color: #39414f; }
  .box.check { flex-direction: row; align-items: center; gap: 0.4rem; }
  .box.number input { max-width: 9rem; }
  input[type="text"], textarea, select { border: 1px solid #7a8499; border-radius: 4px; padding: 0.3rem 0.4rem; background: #fff; color: #1d2330; }
  textarea { width: 100%; box-sizing: border-box; resize: vertical; }
  input[type="text"] { width: 100%; box-sizing: border-box; }
  .code { font-family: "Noto Sans Mono CJK SC", ui-monospace, monospace; font-size: 0.9em; white-space: pre-wrap; }
  .rule { margin: 0.4rem 0; }
  .logic-editor .label { display: block; font-size: 0.9em; color: #39414f; margin-bottom: 0.15rem; }
  .code-host .cm-editor { border: 1px solid #7a8499; border-radius: 4px; background: #fff; font-size: 0.9em; }
  .code-host .cm-editor.cm-focused { outline: 3px solid #ff9e1b; outline-offset: 1px; }
  .code-host .cm-scroller { font-family: "Noto Sans Mono CJK SC", ui-monospace, monospace; max-height: 20rem; }
  .code-host .cm-tooltip-autocomplete .cm-completionDetail { margin-left: 0.8em; font-style: normal; color: #4a5263; }
  .code-loading { margin: 0; padding: 0.3rem 0.4rem; border: 1px solid #c9ced8; border-radius: 4px; }
  .rule h5 { margin: 0.3rem 0; font-size: 0.95em; }
  .rule .said { font-weight: normal; color: #2f4a7a; }
  .shape { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; align-items: end; }
  .shape .subject { flex-basis: 100%; margin: 0; }
  .shape.group { flex-basis: 100%; min-width: 0; }
  .shape .box { min-width: 0; max-width: 100%; }
  .shape select { max-width: 100%; text-overflow: ellipsis; }
  .with-unit { display: inline-flex; align-items: center; gap: 0.3rem; }
  .unit { color: #39414f; }
  ol.terms { margin: 0.2rem 0; padding-left: 1.4rem; }
  ol.terms li { display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; align-items: end; min-width: 0; }
  ol.terms li > .box { flex: 1 1 16rem; }
  ol.terms select { width: 100%; }
  .caption { color: #4a5263; font-size: 0.9em; margin-right: 0.3rem; }
  ul.fields { list-style: none; padding-left: 0; }
  ul.fields ul.fields { padding-left: 1rem; border-left: 2px solid #e1e4ea; }
  .field-head { display: grid; grid-template-columns: 1fr 8rem; gap: 0.6rem; }
  .findings-here { list-style: none; margin: 0.2rem 0; padding: 0; }
  .findings-here li, .finding-list li { margin: 0.2rem 0; }
  .severity-error { color: #a1260d; }
  .severity-warning { color: #7a4d00; }
  .badge { display: inline-block; font-size: 0.8em; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor; }
  .finding-list { list-style: none; padding: 0; margin: 0; }
  .finding-list .where { display: block; color: #4a5263; font-size: 0.85em; }
  .ok { color: #1b6b2f; }
  .bad { color: #a1260d; }
  .muted { color: #4a5263; }
  [role="tablist"] { display: flex; gap: 0.2rem; flex-wrap: wrap; border-bottom: 1px solid #c9ced8; margin-bottom: 0.5rem; }
  [role="tab"] { border: 1px solid #c9ced8; border-bottom: none; border-radius: 4px 4px 0 0; }
  [role="tab"][aria-selected="true"] { background: #1f5fbf; color: #fff; border-color: #1f5fbf; }
  .panels cluster-form { display: block; margin-top: 0.6rem; font-size: 13px; }
  .proposals, .conflicts { margin: 0.6rem 1rem 0; padding: 0.5rem 1rem; background: #fff4d6; border: 1px solid #d9a400; border-radius: 6px; }
  fieldset .proposals, .editor > .proposals { margin: 0.5rem 0; }
  .proposals h6, .conflicts h2 { font-size: 1rem; margin: 0.2rem 0; }
  .proposals li { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; margin: 0.3rem 0; }
  .conflict pre { max-height: 16rem; overflow: auto; background: #fff; border: 1px solid #c9ced8; padding: 0.4rem; }
  .case-editor fieldset { margin: 0.3rem 0; padding: 0.3rem 0.5rem; }
  .case-editor .box.number input { max-width: 9rem; }
  .case-editor .add-item { padding: 0.1rem 0.5rem; font-size: 0.9em; }
  cf-menu-button { position: relative; display: inline-block; }
  cf-menu-button [role="menu"] { position: absolute; right: 0; top: calc(100% + 2px); z-index: 3; min-width: 16rem; list-style: none; margin: 0; padding: 0.25rem; background: #fff; border: 1px solid #7a8499; border-radius: 6px; box-shadow: 0 4px 12px rgb(0 0 0 / 18%); }
  cf-menu-button [role="menuitem"] { display: block; width: 100%; text-align: left; border: none; border-radius: 4px; white-space: nowrap; }
  cf-menu-button [role="menuitem"]:hover, cf-menu-button [role="menuitem"]:focus { background: #dfe9fa; }
  dialog { border: 1px solid #7a8499; border-radius: 8px; max-width: 36rem; width: 90vw; }
  dialog h2 { font-size: 1.1rem; margin-top: 0; }
  dialog .actions { display: flex; gap: 0.5rem; margin-top: 0.8rem; }
  .diff-list li, .sample-scores li { margin: 0.2rem 0; }
  @media (max-width: 1100px) { .layout { grid-template-columns: 1fr; } .outline, .panels { position: static; max-height: none; } }
`;
