/** Where a JSON pointer lands in a form file's text. */
import type { Node } from "jsonc-parser";
import { parsePointer } from "../model/pointer.js";
import type { FormPackage, SourceLocation } from "../types.js";
import { syntaxTree } from "./parse.js";
import { positionAt } from "./positions.js";

/**
 * The offset of `segments` in a tree: an object member at its key, an array item at its value.
 * Falls back to the nearest parent that exists.
 */
export function offsetOf(tree: Node | undefined, segments: readonly string[]): number {
  if (!tree) return 0;
  let node: Node = tree;
  let offset = tree.offset;
  for (const segment of segments) {
    if (node.type === "object") {
      const property = (node.children ?? []).find((p) => p.children?.[0]?.value === segment);
      const value = property?.children?.[1];
      if (!property || !value) break;
      offset = property.offset;
      node = value;
    } else if (node.type === "array" && /^(0|[1-9]\d*)$/.test(segment)) {
      const item = node.children?.[Number(segment)];
      if (!item) break;
      offset = item.offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** The location of `pointer` in `text`; the pointer is kept even where only a parent exists. */
export function locateInText(file: string, text: string, pointer: string): SourceLocation {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  const { line, column } = positionAt(text, offsetOf(syntaxTree(text), segments));
  return { file, line, column, pointer };
}

/** Line and column of a JSON pointer in one of the package's files (line 1, column 1 when the file is unknown). */
export function locate(pkg: FormPackage, file: string, pointer: string): SourceLocation {
  const source = pkg.sources.get(file);
  if (!source) return { file, line: 1, column: 1, pointer };
  return locateInText(file, source.text, pointer);
}
