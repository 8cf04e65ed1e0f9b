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

/** Where the walk is: the path from the submission's root, and the titles of the enclosing schemas, outermost first (the list is named by them). */
interface Trail {
  readonly path: string[];
  readonly titles: string[];
}

function listFinding(trail: Trail, rows: number, maxItems: number): DataFinding {
  const label = trail.titles.join(" › ") || formatPointer(trail.path);
  const pointer = formatPointer(trail.path);
  const [root, part] = trail.path;
  return {
    code: "submission-too-many-rows",
    severity: "error",
    pointer,
    label,
    message: message("submissionTooManyRows", { label, rows: grouped(rows), max: grouped(maxItems) }),
    ...(root === "data" && part !== undefined ? { part } : {}),
  };
}

/**
 * Walks `value` along `node`'s `properties` and `items`, adding a finding for each list over its
 * `maxItems`. It runs over every submission, so the trail is one pair of stacks, and pointers and
 * labels are made only for a finding.
 */
function walkBounds(node: Record<string, unknown>, value: unknown, trail: Trail, findings: DataFinding[]): void {
  const title = node["title"];
  // A row's schema often repeats its list's title: name each once.
  const titled = typeof title === "string" && trail.titles[trail.titles.length - 1] !== title;
  if (titled) trail.titles.push(title);
  if (Array.isArray(value)) {
    const maxItems = node["maxItems"];
    const items = node["items"];
    if (typeof maxItems === "number" && value.length > maxItems) findings.push(listFinding(trail, value.length, maxItems));
    else if (isRecord(items)) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (typeof item !== "object" || item === null) continue;
        trail.path.push(String(index));
        walkBounds(items, item, trail, findings);
        trail.path.pop();
      }
    }
  } else if (isRecord(value) && isRecord(node["properties"])) {
    const properties = node["properties"];
    for (const key of Object.keys(properties)) {
      const sub = properties[key];
      const inner = Object.hasOwn(value, key) ? value[key] : undefined;
      if (!isRecord(sub) || typeof inner !== "object" || inner === null) continue;
      trail.path.push(key);
      walkBounds(sub, inner, trail, findings);
      trail.path.pop();
    }
  }
  if (titled) trail.titles.pop();
}

/**
 * One finding per list longer than its `maxItems`, found by walking the data along `schema`'s
 * `properties` and `items`. Rows are entered only once their list is known to be within bounds.
 * The caller has bounded the submission's size and depth, so the walk is bounded too.
 */
export function listBoundFindings(schema: Record<string, unknown>, data: unknown): DataFinding[] {
  const findings: DataFinding[] = [];
  walkBounds(schema, data, { path: [], titles: [] }, findings);
  return findings.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The codes of findings that refuse a submission whole (too large, too deep, a list over its
 * bound): nothing else was checked, and a caller should do no per-row work on it either.
 */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(["submission-too-large", "submission-too-deep", "submission-too-many-rows"]);

export const isRefusal = (finding: Pick<DataFinding, "code">): boolean => REFUSAL_CODES.has(finding.code);
