/**
 * Strict JSON with positions: form files are plain JSON (no comments, no trailing commas),
 * and every problem is reported at its line and column.
 */
import { getLocation, parseTree } from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";
import type { DefinitionFinding } from "../types.js";
import { formatPointer } from "../model/pointer.js";
import { MAX_JSON_DEPTH, tooDeepAt } from "./depth.js";
import { jsonSyntaxMessage } from "../locales/json-syntax.js";
import { positionAt } from "./positions.js";
import { explainSyntaxError } from "./syntax-errors.js";

export interface ParsedJson {
  /** The value, when the text is valid JSON. */
  readonly value?: unknown;
  readonly tree?: Node;
  readonly findings: DefinitionFinding[];
}

const treeCache = new Map<string, Node | undefined>();
const CACHE_LIMIT = 256;

/**
 * Editors on Windows may save a byte-order mark. It is read as a space, so that every offset,
 * and so every line and column, stays that of the file.
 */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);

/** The syntax tree of a text (lenient: whatever could be read), cached by text. */
export function syntaxTree(text: string): Node | undefined {
  if (treeCache.has(text)) return treeCache.get(text);
  if (tooDeepAt(text) >= 0) return undefined;
  const tree = parseTree(withoutBom(text), [], { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true });
  if (treeCache.size >= CACHE_LIMIT) treeCache.clear();
  treeCache.set(text, tree);
  return tree;
}

function syntaxFinding(file: string, text: string, error: ParseError): DefinitionFinding {
  const problem = explainSyntaxError(text, error);
  const { line, column } = positionAt(text, problem.offset);
  const pointer = formatPointer(getLocation(text, problem.offset).path);
  return { code: problem.code, severity: "error", location: { file, line, column, pointer }, message: problem.message };
}

function duplicateKeyFindings(file: string, text: string, node: Node, path: (string | number)[], out: DefinitionFinding[]): void {
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) {
        const { line, column } = positionAt(text, property.offset);
        out.push({
          code: "json-duplicate-key",
          severity: "error",
          location: { file, line, column, pointer: formatPointer([...path, key]) },
          message: jsonSyntaxMessage("jsonDuplicateKey", { key }),
        });
      }
      seen.add(key);
      if (valueNode) duplicateKeyFindings(file, text, valueNode, [...path, key], out);
    }
  } else if (node.type === "array") {
    (node.children ?? []).forEach((child, index) => duplicateKeyFindings(file, text, child, [...path, index], out));
  }
}

/** The finding for text nested deeper than MAX_JSON_DEPTH, at the bracket that goes too deep. */
export function tooDeepFinding(file: string, text: string, offset: number): DefinitionFinding {
  const { line, column } = positionAt(text, offset);
  return { code: "json-too-deep", severity: "error", location: { file, line, column, pointer: "" }, message: jsonSyntaxMessage("jsonTooDeep", { limit: MAX_JSON_DEPTH }) };
}

/** Parse a form file. `value` is set only when the text is strict JSON without duplicate keys. */
export function parseJson(file: string, source: string): ParsedJson {
  const text = withoutBom(source);
  const deep = tooDeepAt(text);
  if (deep >= 0) return { findings: [tooDeepFinding(file, text, deep)] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // After the first syntax error the parser's guesses cascade: report the first only.
  const findings = errors.slice(0, 1).map((error) => syntaxFinding(file, text, error));
  if (findings.length === 0 && tree) duplicateKeyFindings(file, text, tree, [], findings);
  if (findings.length > 0) return { tree, findings };
  return { value: JSON.parse(text) as unknown, tree, findings };
}
