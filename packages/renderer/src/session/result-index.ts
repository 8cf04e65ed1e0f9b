/** Lookups into an evaluation result by submission pointer, built once per evaluation. */
import { jsonEqual, parentPointer, type DataFinding } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";

export interface ResultIndex {
  readonly findings: ReadonlyMap<string, readonly DataFinding[]>;
  readonly notApplicable: ReadonlySet<string>;
  /**
   * The version of what the result says about one part (its criteria, findings, fields that do not
   * apply): with the part's data and its widgets' `dependsOn`, it tells whether the part must be
   * drawn again (typing in one table of a long form leaves the other tables alone).
   */
  readonly partVersion: (partId: string) => number;
  /**
   * The same for one field or row and everything below it (its findings, what does not apply):
   * a table redraws only the rows whose data or digest changed.
   */
  readonly digestUnder: (pointer: string) => string;
}

/** What the result says about one pointer, kept sorted by pointer so that a subtree is one range. */
interface Entry {
  readonly pointer: string;
  readonly item: unknown;
}

/** The index of the first entry whose pointer is not below `key` in code-unit order. */
function lowerBound(entries: readonly Entry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).pointer < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const partOfPointer = (pointer: string): string | undefined => (pointer.startsWith("/data/") ? pointer.split("/")[2] : undefined);

/** Numbers never handed out twice, even by different `PartVersions`. */
let lastVersion = 0;

/**
 * What the results said about each part last time, and its version: a part keeps its version
 * while the result says the same about it. Comparing costs far less than writing the part's
 * criteria (with their explanations) out as JSON after every keystroke, as a digest did.
 */
export class PartVersions {
  readonly #said = new Map<string, { readonly items: readonly unknown[]; readonly version: number }>();

  versionOf(partId: string, items: readonly unknown[]): number {
    const last = this.#said.get(partId);
    if (last && jsonEqual(last.items, items)) return last.version;
    const version = ++lastVersion;
    this.#said.set(partId, { items, version });
    return version;
  }
}

/** `shows` leaves out findings not shown to the role in effect (./role-view.ts). */
export function indexResult(
  result: EvaluationResult | undefined,
  shows: (finding: DataFinding) => boolean = () => true,
  versions: PartVersions = new PartVersions(),
): ResultIndex {
  const shown = (result?.findings ?? []).filter(shows);
  const findings = new Map<string, DataFinding[]>();
  const byPart = new Map<string, unknown[]>();
  const add = (part: string | undefined, item: unknown): void => {
    if (part === undefined) return;
    const list = byPart.get(part);
    if (list) list.push(item);
    else byPart.set(part, [item]);
  };
  for (const finding of shown) {
    const list = findings.get(finding.pointer);
    if (list) list.push(finding);
    else findings.set(finding.pointer, [finding]);
    add(finding.part ?? partOfPointer(finding.pointer), finding);
  }
  for (const pointer of result?.notApplicable ?? []) add(partOfPointer(pointer), pointer);
  for (const criterion of result?.criteria ?? []) add(criterion.part, criterion);
  const partVersions = new Map<string, number>();
  let sorted: Entry[] | undefined;
  const entries = (): Entry[] => {
    if (!sorted) {
      sorted = [
        ...shown.map((finding) => ({ pointer: finding.pointer, item: finding })),
        ...(result?.notApplicable ?? []).map((pointer) => ({ pointer, item: pointer })),
      ];
      sorted.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    }
    return sorted;
  };
  return {
    findings,
    notApplicable: new Set(result?.notApplicable ?? []),
    partVersion(partId) {
      let version = partVersions.get(partId);
      if (version === undefined) {
        version = versions.versionOf(partId, byPart.get(partId) ?? []);
        partVersions.set(partId, version);
      }
      return version;
    },
    digestUnder(pointer) {
      const all = entries();
      if (all.length === 0) return "";
      // The pointer itself, then everything under `pointer/`: "0" follows "/" in code-unit order.
      const items: unknown[] = [];
      for (let i = lowerBound(all, pointer); i < all.length && (all[i] as Entry).pointer === pointer; i++) items.push((all[i] as Entry).item);
      const end = lowerBound(all, `${pointer}0`);
      for (let i = lowerBound(all, `${pointer}/`); i < end; i++) items.push((all[i] as Entry).item);
      return items.length === 0 ? "" : JSON.stringify(items);
    },
  };
}

/** Whether a pointer, or a field or row that contains it, does not apply. */
export function isNotApplicable(index: ResultIndex, pointer: string): boolean {
  if (index.notApplicable.size === 0) return false;
  for (let p = pointer; p.length > 0; p = parentPointer(p)) if (index.notApplicable.has(p)) return true;
  return false;
}
