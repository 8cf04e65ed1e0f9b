/**
 * ajv-formats' formats.js cut to the formats a generated module uses. Ajv's standalone code reads
 * `require("ajv-formats/dist/formats").fullFormats.<name>`; copied whole, the file brings every
 * format's regular expressions and functions (URI, IPv6, date-time…) where the forms use `date`
 * only. The other entries of `fullFormats`, and `fastFormats` and `formatNames`, which generated
 * code never reads, are cut; the minifier then drops the helpers that nothing uses any more.
 * A file of another shape (a new ajv-formats) is copied whole: larger, never wrong.
 */
import { parse, type Node, type ObjectExpression } from "acorn";

export const FORMATS_FILE = /[\\/]ajv-formats[\\/]dist[\\/]formats\.js$/;

const FORMATS_REQUIRE = /require\((["'])ajv-formats\/dist\/formats(?:\.js)?\1\)/g;
/** Sticky: read at the end of each `require(…)`. */
const FORMAT_READ = /\.fullFormats(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/y;

/**
 * The names of the formats that generated `code` reads, or undefined when it reads ajv-formats in
 * some other way (the whole `fullFormats` object, say): then nothing may be cut.
 */
export function usedFormats(code: string): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  for (const match of code.matchAll(FORMATS_REQUIRE)) {
    FORMAT_READ.lastIndex = match.index + match[0].length;
    const read = FORMAT_READ.exec(code);
    if (!read) return undefined;
    names.add(read[1] ?? (JSON.parse(read[2] as string) as string));
  }
  return names;
}

type Assignment = Node & { left: Node & { object?: Node & { name?: string }; property?: Node & { name?: string } }; right: Node };

/** `exports.<name> = …` as a top-level statement: the statement and its assigned value. */
function exportsAssignment(statements: readonly Node[], name: string): { statement: Node; value: Node } | undefined {
  for (const statement of statements) {
    const expression = (statement as Node & { expression?: Assignment }).expression;
    // Not the first line's `exports.formatNames = exports.fastFormats = … = void 0`.
    if (statement.type !== "ExpressionStatement" || expression?.type !== "AssignmentExpression" || expression.right.type === "AssignmentExpression") continue;
    const { left } = expression;
    if (left.type === "MemberExpression" && left.object?.name === "exports" && left.property?.name === name) return { statement, value: expression.right };
  }
  return undefined;
}

const keyName = (key: Node): string | undefined =>
  key.type === "Identifier" ? (key as Node & { name: string }).name : key.type === "Literal" ? String((key as Node & { value: unknown }).value) : undefined;

/** The source of formats.js with only the `keep` entries of `fullFormats`, and no `fastFormats` or `formatNames`. */
export function slimFormats(source: string, keep: ReadonlySet<string>): string {
  const program = parse(source, { ecmaVersion: "latest", sourceType: "script" });
  const full = exportsAssignment(program.body, "fullFormats");
  if (full?.value.type !== "ObjectExpression") return source;
  const cuts: [number, number][] = [];
  for (const property of (full.value as ObjectExpression).properties) {
    const name = property.type === "Property" && !property.computed ? keyName(property.key) : undefined;
    if (name === undefined) return source;
    if (keep.has(name)) continue;
    cuts.push([property.start, source[property.end] === "," ? property.end + 1 : property.end]);
  }
  for (const name of ["fastFormats", "formatNames"]) {
    const found = exportsAssignment(program.body, name);
    if (found) cuts.push([found.statement.start, found.statement.end]);
  }
  cuts.sort((a, b) => b[0] - a[0]);
  return cuts.reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), source);
}
