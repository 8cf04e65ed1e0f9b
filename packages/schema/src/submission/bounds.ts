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

interface Visit {
  readonly schema: Record<string, unknown>;
  readonly value: unknown;
  readonly path: readonly string[];
  /** The titles of the enclosing schemas, outermost first: the list is named by them. */
  readonly titles: readonly string[];
}

function listFinding(visit: Visit, rows: number, maxItems: number): DataFinding {
  const label = visit.titles.join(" › ") || formatPointer(visit.path);
  const pointer = formatPointer(visit.path);
  const [root, part] = visit.path;
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
 * One finding per list longer than its `maxItems`, found by walking the data along `schema`'s
 * `properties` and `items`. Rows are entered only once their list is known to be within bounds.
 * The caller has bounded the submission's size and depth, so the walk is bounded too.
 */
export function listBoundFindings(schema: Record<string, unknown>, data: unknown): DataFinding[] {
  const findings: DataFinding[] = [];
  const stack: Visit[] = [{ schema, value: data, path: [], titles: [] }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { schema: node, value } = visit;
    const title = node["title"];
    // A row's schema often repeats its list's title: name each once.
    const titles = typeof title === "string" && visit.titles[visit.titles.length - 1] !== title ? [...visit.titles, title] : visit.titles;
    if (Array.isArray(value)) {
      const maxItems = node["maxItems"];
      if (typeof maxItems === "number" && value.length > maxItems) {
        findings.push(listFinding({ ...visit, titles }, value.length, maxItems));
        continue;
      }
      const items = node["items"];
      if (!isRecord(items)) continue;
      value.forEach((item, index) => {
        if (typeof item === "object" && item !== null) stack.push({ schema: items, value: item, path: [...visit.path, String(index)], titles });
      });
    } else if (isRecord(value) && isRecord(node["properties"])) {
      const properties = node["properties"];
      for (const key of Object.keys(properties)) {
        const sub = properties[key];
        const inner = Object.hasOwn(value, key) ? value[key] : undefined;
        if (isRecord(sub) && typeof inner === "object" && inner !== null) {
          stack.push({ schema: sub, value: inner, path: [...visit.path, key], titles });
        }
      }
    }
  }
  // The walk pops the last pushed first: give the findings in the submission's order.
  return findings.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The codes of findings that refuse a submission whole (too large, too deep, a list over its
 * bound): nothing else was checked, and a caller should do no per-row work on it either.
 */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(["submission-too-large", "submission-too-deep", "submission-too-many-rows"]);

export const isRefusal = (finding: Pick<DataFinding, "code">): boolean => REFUSAL_CODES.has(finding.code);
