import type { FormPackage } from "@cluster-form/schema";
import type { RecognitionReport } from "../types.js";

/** How many of the form's rules (every rule site, as lint collects them) are recognised, by site and shape. */
export function recognitionReport(pkg: FormPackage): RecognitionReport {
  throw new Error(`not yet: ${pkg.origin}`);
}
