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
  readonly findings: DataFinding[];
  readonly clean: CleanSubtrees | undefined;
}

/**
 * The objects found within every bound of a plan, by object: an object that is the same one as
 * last time holds the same lists. Only for callers that never change a submission in place (the
 * incremental validator): typing in one row walks the path to that row, not every row.
 */
export type CleanSubtrees = WeakMap<object, WeakSet<BoundsPlan>>;

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
 * The part of a schema the walk needs, worked out once per schema: only the properties and items
 * that lead to a list with `maxItems`, so that the walk over each submission never enters a row
 * or an object that holds no bounded list.
 */
interface BoundsPlan {
  readonly title: string | undefined;
  readonly maxItems: number | undefined;
  readonly items: BoundsPlan | undefined;
  readonly properties: readonly (readonly [string, BoundsPlan])[];
}

const plans = new WeakMap<Record<string, unknown>, BoundsPlan | null>();

/** The plan of `node`, or null when no list below it has a bound. Form schemas are dereferenced trees, so this ends. */
function planOf(node: Record<string, unknown>): BoundsPlan | null {
  const known = plans.get(node);
  if (known !== undefined) return known;
  const maxItems = typeof node["maxItems"] === "number" ? node["maxItems"] : undefined;
  const items = isRecord(node["items"]) ? planOf(node["items"]) : null;
  const properties: (readonly [string, BoundsPlan])[] = [];
  const declared = node["properties"];
  if (isRecord(declared)) {
    for (const key of Object.keys(declared)) {
      const sub = declared[key];
      const plan = isRecord(sub) ? planOf(sub) : null;
      if (plan) properties.push([key, plan]);
    }
  }
  const title = typeof node["title"] === "string" ? node["title"] : undefined;
  const plan = maxItems === undefined && !items && properties.length === 0 ? null : { title, maxItems, items: items ?? undefined, properties };
  plans.set(node, plan);
  return plan;
}

const isKnownClean = (plan: BoundsPlan, value: object, trail: Trail): boolean => trail.clean !== undefined && trail.clean.get(value)?.has(plan) === true;

/** Walks `value` along the plan, adding a finding for each list over its `maxItems`; pointers and labels are made only for a finding. */
function walkBounds(plan: BoundsPlan, value: object, trail: Trail): void {
  if (isKnownClean(plan, value, trail)) return;
  const { findings } = trail;
  const before = findings.length;
  const { title } = plan;
  // A row's schema often repeats its list's title: name each once.
  const titled = title !== undefined && trail.titles[trail.titles.length - 1] !== title;
  if (titled) trail.titles.push(title);
  if (Array.isArray(value)) {
    const { maxItems, items } = plan;
    if (maxItems !== undefined && value.length > maxItems) findings.push(listFinding(trail, value.length, maxItems));
    else if (items) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        // Checked here too, so that the rows an edit left alone cost no path step.
        if (typeof item !== "object" || item === null || isKnownClean(items, item, trail)) continue;
        trail.path.push(String(index));
        walkBounds(items, item, trail);
        trail.path.pop();
      }
    }
  } else if (isRecord(value)) {
    for (const [key, sub] of plan.properties) {
      const inner = Object.hasOwn(value, key) ? value[key] : undefined;
      if (typeof inner !== "object" || inner === null) continue;
      trail.path.push(key);
      walkBounds(sub, inner, trail);
      trail.path.pop();
    }
  }
  if (titled) trail.titles.pop();
  if (trail.clean && findings.length === before) {
    let plans = trail.clean.get(value);
    if (!plans) trail.clean.set(value, (plans = new WeakSet()));
    plans.add(plan);
  }
}

/**
 * One finding per list longer than its `maxItems`, found by walking the data along `schema`'s
 * `properties` and `items`. Rows are entered only once their list is known to be within bounds.
 * The caller has bounded the submission's size and depth, so the walk is bounded too. With `clean`
 * (kept between calls on submissions never changed in place), objects found within bounds before
 * are not walked again.
 */
export function listBoundFindings(schema: Record<string, unknown>, data: unknown, clean?: CleanSubtrees): DataFinding[] {
  const plan = planOf(schema);
  if (!plan || typeof data !== "object" || data === null) return [];
  const findings: DataFinding[] = [];
  walkBounds(plan, data, { path: [], titles: [], findings, clean });
  return findings.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The codes of findings that refuse a submission whole (too large, too deep, a list over its
 * bound): nothing else was checked, and a caller should do no per-row work on it either.
 */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(["submission-too-large", "submission-too-deep", "submission-too-many-rows"]);

export const isRefusal = (finding: Pick<DataFinding, "code">): boolean => REFUSAL_CODES.has(finding.code);
