/**
 * Inlining `$ref`s: a loaded part schema is self-contained. References are relative to the
 * referring file (`../defs.schema.json#/$defs/signoff`) or local (`#/$defs/x`); forms may not recurse.
 */
import { unplaced } from "../json/fast-parse.js";
import { message } from "../locales/index.js";
import { formatPointer, parsePointer, valueAt } from "../model/pointer.js";
import { SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS, SINGLE_SCHEMA_KEYWORDS } from "../schema-walk.js";
import { isRecord } from "../model/record.js";
import type { DefinitionFinding } from "../types.js";
import { resolveRelative } from "./paths.js";

export interface DerefContext {
  /** Parsed data-schema documents by path. */
  readonly documents: ReadonlyMap<string, unknown>;
  /** Texts by path, for locations. */
  readonly texts: ReadonlyMap<string, string>;
  /** Every path of the package, to tell "not shared" from "missing". */
  readonly known: ReadonlySet<string>;
  readonly findings: DefinitionFinding[];
  /** Schema objects written so far by every dereference of this load, against MAX_SCHEMA_NODES. */
  readonly expansion: { nodes: number; exceeded: boolean };
}

const MAX_DEPTH = 64;

/**
 * The most schema objects a form's inlined schemas may hold, all parts together. Each `$ref` is
 * copied where it is used, so references that nest (7 levels of 10 uses each) would multiply
 * without bound; the forms of this repository hold fewer than 5,000.
 */
export const MAX_SCHEMA_NODES = 200_000;

function valueAtFragment(document: unknown, fragment: string): unknown {
  let segments: string[];
  try {
    segments = parsePointer(decodeURIComponent(fragment));
  } catch {
    return undefined;
  }
  return valueAt(document, segments);
}

interface Frame {
  readonly file: string;
  readonly pointer: string;
  /** `file#fragment` of every reference being inlined on the way here. */
  readonly resolving: readonly string[];
}

export function dereference(file: string, schema: unknown, context: DerefContext): unknown {
  const stripped = walk(schema, { file, pointer: "", resolving: [] }, context);
  if (!isRecord(stripped)) return stripped;
  // Everything is inlined: the definitions and the meta-schema name are no longer needed.
  const { $defs: _defs, $schema: _schema, ...rest } = stripped;
  return rest;
}

function report(context: DerefContext, frame: Frame, code: string, msg: DefinitionFinding["message"]): void {
  const location = unplaced(frame.file, `${frame.pointer}/$ref`);
  if (!context.findings.some((f) => f.location.file === location.file && f.location.pointer === location.pointer)) {
    context.findings.push({ code, severity: "error", location, message: msg });
  }
}

function resolveRef(ref: string, frame: Frame, context: DerefContext): unknown {
  const hash = ref.indexOf("#");
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? "" : ref.slice(hash + 1);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(filePart) || filePart.startsWith("/")) {
    report(context, frame, "ref-external", message("refExternal", { ref }));
    return undefined;
  }
  const target = filePart === "" ? frame.file : resolveRelative(frame.file, filePart);
  if (target === undefined || !context.documents.has(target)) {
    if (target !== undefined && context.known.has(target)) {
      report(context, frame, "ref-not-shared", message("refNotShared", { ref, file: target }));
    } else {
      report(context, frame, "ref-dangling", message("refDangling", { ref }));
    }
    return undefined;
  }
  if (context.expansion.exceeded) return undefined;
  if (context.expansion.nodes > MAX_SCHEMA_NODES) {
    context.expansion.exceeded = true;
    report(context, frame, "ref-too-large", message("refTooLarge", { ref, max: MAX_SCHEMA_NODES }));
    return undefined;
  }
  const key = `${target}#${fragment}`;
  if (frame.resolving.includes(key) || frame.resolving.length >= MAX_DEPTH) {
    report(context, frame, "ref-cycle", message("refCycle", { ref }));
    return undefined;
  }
  const node = valueAtFragment(context.documents.get(target), fragment);
  if (node === undefined || (fragment !== "" && !fragment.startsWith("/"))) {
    report(context, frame, "ref-dangling", message("refDangling", { ref }));
    return undefined;
  }
  let pointer = "";
  try {
    pointer = formatPointer(parsePointer(decodeURIComponent(fragment)));
  } catch {
    pointer = "";
  }
  return walk(node, { file: target, pointer, resolving: [...frame.resolving, key] }, context);
}

function walk(node: unknown, frame: Frame, context: DerefContext): unknown {
  if (!isRecord(node)) return node;
  context.expansion.nodes += 1;
  const out: Record<string, unknown> = {};
  let inlined: Record<string, unknown> = {};
  const child = (key: string, ...rest: (string | number)[]): Frame => ({
    ...frame,
    pointer: frame.pointer + formatPointer([key, ...rest]),
  });
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      const resolved = resolveRef(value, frame, context);
      if (isRecord(resolved)) {
        const { $defs: _defs, $schema: _schema, ...target } = resolved;
        inlined = target;
      }
    } else if ((SINGLE_SCHEMA_KEYWORDS as readonly string[]).includes(key)) {
      out[key] = walk(value, child(key), context);
    } else if ((SCHEMA_LIST_KEYWORDS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((item, index) => walk(item, child(key, index), context));
    } else if ((SCHEMA_MAP_KEYWORDS as readonly string[]).includes(key) && isRecord(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) map[name] = walk(sub, child(key, name), context);
      out[key] = map;
    } else {
      out[key] = value;
    }
  }
  // Keywords beside a $ref (a title for this use) win over the referenced definition's.
  return { ...inlined, ...out };
}
