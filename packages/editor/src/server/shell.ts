/** The page the editor's URL opens: an empty shell that loads the app (relative URLs keep the token). */
import type { Lang } from "@cluster-form/schema";
import { editorText } from "../locales/index.js";

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function shellPage(lang: Lang): string {
  const text = editorText(lang);
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.app.title)}</title>
<link rel="icon" href="data:,">
<script type="module" src="element/cluster-form.bundle.js"></script>
<script type="module" src="app/editor.js"></script>
</head>
<body>
<cf-editor></cf-editor>
<noscript>${escapeHtml(text.app.noScript)}</noscript>
</body>
</html>
`;
}
