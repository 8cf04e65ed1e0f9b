/** How many of a form's rules the structured editors recognise: the figure behind "the common shapes". */
import { ruleSites, type FormPackage } from "@cluster-form/schema";
import type { RecognitionReport, RuleShapeKind, Site } from "../types.js";
import { recognize } from "./index.js";

/** Every rule site of the form (as lint collects them), recognised or not, by site kind and shape. */
export function recognitionReport(pkg: FormPackage): RecognitionReport {
  const bySite: Record<string, { total: number; recognised: number }> = {};
  const byShape: Partial<Record<RuleShapeKind, number>> = {};
  const unrecognised: Site[] = [];
  let recognised = 0;
  const sites = ruleSites(pkg);
  for (const site of sites) {
    const tally = (bySite[site.kind] ??= { total: 0, recognised: 0 });
    tally.total++;
    const shape = recognize(site.logic);
    if (shape) {
      tally.recognised++;
      recognised++;
      byShape[shape.kind] = (byShape[shape.kind] ?? 0) + 1;
    } else {
      unrecognised.push({ file: site.file, pointer: site.pointer });
    }
  }
  return { total: sites.length, recognised, bySite, byShape, unrecognised };
}
