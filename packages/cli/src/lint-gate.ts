/** The check before a form is put on a page (`build`, `preview`): lint findings printed, errors refuse it. */
import type { FormPackage } from "@cluster-form/schema";
import { lintForm } from "@cluster-form/rules";
import { passesFolder, rememberPass } from "./checked-forms.js";
import { countBySeverity, printFindings } from "./io.js";
import type { Invocation } from "./types.js";

/** Prints the form's lint findings; false (after `refused`) when any is an error. A form without errors passed the definition checks too, and is remembered so. */
export function passesLint(pkg: FormPackage, invocation: Invocation, refused: string): boolean {
  const findings = lintForm(pkg);
  if (findings.length > 0) printFindings(findings, invocation, "stderr");
  if (countBySeverity(findings).errors === 0) {
    rememberPass(passesFolder(invocation.env), pkg);
    return true;
  }
  invocation.io.stderr.write(refused + "\n");
  return false;
}
