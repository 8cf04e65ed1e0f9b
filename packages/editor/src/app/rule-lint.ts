/**
 * The raw JSON-Logic editor's live check, with where each problem is in the text (for the code
 * editor's underlines and the list under it): JSON syntax in words (the loader's own messages:
 * a missing comma, a full-width comma…), the operations and arguments the evaluator allows (`checkRule`), and names of
 * values the form does not have.
 */
import { findNodeAtLocation, type JSONPath, type Node } from "jsonc-parser";
import { parseJson, parsePointer, type Lang } from "@cluster-form/schema";
import { checkRule, operationDefinitions } from "@cluster-form/rules";
import type { EditorMessages } from "../locales/index.js";

export interface RuleProblemAt {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

export interface RuleCheck {
  readonly problems: readonly RuleProblemAt[];
  /** The rule, when the text is JSON. */
  readonly value?: unknown;
}

/** Operations whose arguments after the first are read per item of a list: names there are the item's, not the form's. */
const PER_ITEM = new Set(["filter", "map", "reduce", "all", "some", "none", "count", "sumOf", ...operationDefinitions.filter((op) => op.scoping).map((op) => op.name)]);

/** A pointer's segments as jsonc-parser's path: array indexes as numbers (it finds no item by a string). */
function pathIn(tree: Node, pointer: string): JSONPath {
  const path: JSONPath = [];
  let node: Node | undefined = tree;
  for (const segment of parsePointer(pointer)) {
    const key: string | number = node?.type === "array" ? Number(segment) : segment;
    path.push(key);
    node = node ? findNodeAtLocation(node, [key]) : undefined;
  }
  return path;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/** `var` names in the tree with their string's place; inside per-item operations they are the item's and not checked. */
function varNodes(node: Node | undefined, out: Node[] = [], inList = false): Node[] {
  if (!node) return out;
  if (node.type === "object") {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      const op = typeof key?.value === "string" ? key.value : "";
      const name = value?.type === "array" ? value.children?.[0] : value;
      if (op === "var" && name?.type === "string" && !inList) out.push(name);
      else varNodes(value, out, inList || PER_ITEM.has(op));
    }
  } else if (node.type === "array") {
    for (const child of node.children ?? []) varNodes(child, out, inList);
  }
  return out;
}

export function checkRuleText(text: string, known: ReadonlySet<string>, lang: Lang, messages: EditorMessages): RuleCheck {
  const parsed = parseJson("rule", text);
  if (parsed.findings.length > 0 || !parsed.tree) {
    return {
      problems: parsed.findings.map((f) => {
        const from = offsetOf(text, f.location.line, f.location.column);
        return { from, to: Math.min(text.length, from + 1), message: messages.shape.rawInvalid(f.message[lang]) };
      }),
    };
  }
  const tree = parsed.tree;
  const whole = { from: tree.offset, to: tree.offset + tree.length };
  const problems: RuleProblemAt[] = checkRule(parsed.value).map((p) => {
    const node = findNodeAtLocation(tree, pathIn(tree, p.pointer)) ?? tree;
    return node === tree ? { ...whole, message: p.message[lang] } : { from: node.offset, to: node.offset + node.length, message: p.message[lang] };
  });
  for (const node of varNodes(tree)) {
    const name = String(node.value);
    if (!known.has(name) && !name.startsWith("$")) problems.push({ from: node.offset, to: node.offset + node.length, message: messages.shape.rawUnknownPath(name) });
  }
  return { problems, value: parsed.value };
}
