/**
 * JSON written the way the form files are: a value on one line (`{ "var": "x" }`) when it fits in
 * the line width, otherwise one entry per line, indented like its neighbours. jsonc-parser's own
 * formatting puts every object over several lines, which would make a new criterion five times
 * longer than the ones beside it.
 */
const WIDTH = 120;

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[${value.map(oneLine).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

/** `value` as JSON starting at `column` of a line indented by `indent`, with `unit` per level and `eol` between lines. */
export function compactJson(value: unknown, indent: string, column: number, unit: string, eol: string): string {
  const flat = oneLine(value);
  if (column + flat.length <= WIDTH || typeof value !== "object" || value === null) return flat;
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${eol}${value.map((item) => inner + compactJson(item, inner, inner.length, unit, eol)).join(`,${eol}`)}${eol}${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, child]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + compactJson(child, inner, head.length, unit, eol);
  });
  return `{${eol}${lines.join(`,${eol}`)}${eol}${indent}}`;
}

/** A new file's text: the value laid out as the form files are (the top object one key a line, two spaces a level), ending in a newline. */
export function jsonFileText(value: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(value).map(([key, child]) => {
    const head = `  ${JSON.stringify(key)}: `;
    return head + compactJson(child, "  ", head.length, "  ", "\n");
  });
  return `{\n${lines.join(",\n")}\n}\n`;
}
