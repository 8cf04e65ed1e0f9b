/**
 * `@page` rules do not apply from inside a shadow root, so the A4 page box is set once on the
 * document, as a constructed style sheet (no inline style element, so a strict CSP allows it).
 */
const PAGE_RULES = "@page { size: A4; margin: 16mm 14mm 16mm 14mm; }";
const installed = new WeakSet<Document>();

export function ensureA4PageRules(doc: Document): void {
  if (installed.has(doc) || typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.add(doc);
}
