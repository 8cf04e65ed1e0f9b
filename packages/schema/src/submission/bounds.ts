/**
 * The form's own bound on a submission's lists, checked before any row is looked at: a list longer
 * than its schema's `maxItems` refuses the submission with one finding at the list, so that the
 * work and the output of validation and evaluation stay bounded by the form, not by the input.
 */
import { message } from "../locales/index.js";
import { formatPointer } from "../model/pointer.js";
import { isRecord } from "../model/record.js";
import type { DataFinding } from "../types.js";

/** Thousands separated, the same in both languages, so that 340000 reads as 340,000. */
const grouped = (n: number): string => n.toLocaleString("en-US");

/** Where the walk is: the path and the titles of the enclosing schemas, outermost first (the list is named by them). */
interface Walk {
  readonly path: string[];
  readonly titles: string[];
  readonly findings: DataFinding[];
  readonly clean: CleanSubtrees | undefined;
}

/**
 * The objects found within every bound of a schema node, by object: an object that is the same
 * one as last time holds the same lists. Only for callers that never change a submission in place
 * (the incremental validator): typing in one row walks the path to that row, not every row.
 */
export type CleanSubtrees = WeakMap<object, WeakSet<object>>;

function listFinding(walk: Walk, rows: number, maxItems: number): DataFinding {
  const label = walk.titles.join(" › ") || formatPointer(walk.path);
  const pointer = formatPointer(walk.path);
  const [root, part] = walk.path;
  return {
    code: "submission-too-many-rows",
    severity: "error",
    pointer,
    label,
    message: message("submissionTooManyRows", { label, rows: grouped(rows), max: grouped(maxItems) }),
    ...(root === "data" && part !== undefined ? { part } : {}),
  };
}

const isKnownClean = (node: object, value: unknown, walk: Walk): boolean =>
  walk.clean !== undefined && typeof value === "object" && value !== null && walk.clean.get(value)?.has(node) === true;

/** Rows are entered only once their list is known to be within bounds; the path and titles are one stack, pushed and popped. */
function walkNode(node: Record<string, unknown>, value: unknown, walk: Walk): void {
  if (typeof value !== "object" || value === null || isKnownClean(node, value, walk)) return;
  const before = walk.findings.length;
  const title = node["title"];
  // A row's schema often repeats its list's title: name each once.
  const named = typeof title === "string" && walk.titles[walk.titles.length - 1] !== title;
  if (named) walk.titles.push(title);
  if (Array.isArray(value)) {
    const maxItems = node["maxItems"];
    const items = node["items"];
    if (typeof maxItems === "number" && value.length > maxItems) walk.findings.push(listFinding(walk, value.length, maxItems));
    else if (isRecord(items)) {
      for (let index = 0; index < value.length; index += 1) {
        // Checked here too, so that the rows an edit left alone cost no path step.
        if (isKnownClean(items, value[index], walk)) continue;
        walk.path.push(String(index));
        walkNode(items, value[index], walk);
        walk.path.pop();
      }
    }
  } else if (isRecord(value) && isRecord(node["properties"])) {
    const properties = node["properties"];
    for (const key of Object.keys(properties)) {
      const sub = properties[key];
      if (!isRecord(sub) || !Object.hasOwn(value, key)) continue;
      walk.path.push(key);
      walkNode(sub, value[key], walk);
      walk.path.pop();
    }
  }
  if (named) walk.titles.pop();
  if (walk.clean && walk.findings.length === before) {
    let nodes = walk.clean.get(value);
    if (!nodes) walk.clean.set(value, (nodes = new WeakSet()));
    nodes.add(node);
  }
}

/**
 * One finding per list longer than its `maxItems`, found by walking the data along `schema`'s
 * `properties` and `items`. The caller has bounded the submission's size and depth, so the walk
 * is bounded too. With `clean`, objects found within bounds before are not entered again.
 */
export function listBoundFindings(schema: Record<string, unknown>, data: unknown, clean?: CleanSubtrees): DataFinding[] {
  const findings: DataFinding[] = [];
  walkNode(schema, data, { path: [], titles: [], findings, clean });
  return findings.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The codes of findings that refuse a submission whole (too large, too deep, a list over its
 * bound): nothing else was checked, and a caller should do no per-row work on it either.
 */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(["submission-too-large", "submission-too-deep", "submission-too-many-rows"]);

export const isRefusal = (finding: Pick<DataFinding, "code">): boolean => REFUSAL_CODES.has(finding.code);
