/**
 * Reading form files without the position-aware parser. Valid files, the usual case, are read by
 * JSON.parse plus a duplicate-key scan; the parser behind `parseJson` (jsonc-parser) is loaded only
 * for a file that fails, and `placeFindings` gives line and column to findings only when there are some.
 * So a browser that loads a sound form never downloads that parser.
 */
import type { DefinitionFinding, SourceLocation } from "../types.js";
import { tooDeepAt } from "./depth.js";

/** Read as in parse.ts: a byte-order mark counts as a space, so offsets stay those of the file. */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);

interface Frame {
  readonly keys?: Set<string>;
  expectingKey: boolean;
}

/** Whether some object in `text` (already known to be valid JSON) names a key twice. */
export function hasDuplicateKey(text: string): boolean {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === "{") stack.push({ keys: new Set(), expectingKey: true });
    else if (ch === "[") stack.push({ expectingKey: false });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === "," && top?.keys) top.expectingKey = true;
    else if (ch === ":" && top) top.expectingKey = false;
    else if (ch === '"') {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const c = text[i];
        if (c === "\\") {
          escaped = true;
          i++;
        } else if (c === '"') break;
      }
      if (top?.keys && top.expectingKey) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) return true;
        top.keys.add(key);
      }
    }
  }
  return false;
}

/** A form file's value, or its findings (from the position-aware parser, loaded for this). */
export async function parseFormFile(file: string, source: string): Promise<{ value?: unknown; findings: DefinitionFinding[] }> {
  const text = withoutBom(source);
  // Too deep for the walks after parsing: parseJson says where, without parsing.
  if (tooDeepAt(text) >= 0) return parseJsonLater(file, source);
  try {
    const value: unknown = JSON.parse(text);
    if (!hasDuplicateKey(text)) return { value, findings: [] };
  } catch {
    // Not JSON: the strict parser says where and why.
  }
  return parseJsonLater(file, source);
}

async function parseJsonLater(file: string, source: string): Promise<{ value?: unknown; findings: DefinitionFinding[] }> {
  const { parseJson } = await import("./parse.js");
  const { value, findings } = parseJson(file, source);
  return { value, findings };
}

/** A location known by file and pointer only; `placeFindings` fills in line and column. */
export const unplaced = (file: string, pointer: string): SourceLocation => ({ file, line: 0, column: 0, pointer });

/** Findings with every unplaced location given its line and column in `texts`. */
export async function placeFindings(findings: readonly DefinitionFinding[], texts: ReadonlyMap<string, string>): Promise<DefinitionFinding[]> {
  if (!findings.some((f) => f.location.line === 0)) return [...findings];
  const { locateInText } = await import("./locate.js");
  return findings.map((f) =>
    f.location.line === 0 ? { ...f, location: locateInText(f.location.file, texts.get(f.location.file) ?? "", f.location.pointer) } : f,
  );
}
