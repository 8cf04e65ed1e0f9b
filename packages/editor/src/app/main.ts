/** The editor page's script: the stylesheet and the elements. */
import { EditorApp } from "./editor-app.js";
import { LogicEditor } from "./elements/logic-editor.js";
import { MenuButton } from "./elements/menu-button.js";
import { ScaffoldDialog } from "./elements/scaffold-dialog.js";
import { editorStyles } from "./styles.js";

const sheet = editorStyles.styleSheet;
if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
customElements.define("cf-logic-editor", LogicEditor);
customElements.define("cf-scaffold-dialog", ScaffoldDialog);
customElements.define("cf-menu-button", MenuButton);
customElements.define("cf-editor", EditorApp);
