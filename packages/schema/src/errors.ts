/** The error a loader throws when a form package cannot be read. */
import type { DefinitionFinding } from "./types.js";

export class FormDefinitionError extends Error {
  readonly findings: DefinitionFinding[];

  constructor(findings: DefinitionFinding[], origin: string) {
    const first = findings[0];
    const where = first ? `${first.location.file}:${first.location.line}:${first.location.column} ${first.message.en}` : "";
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : "";
    super(`Cannot load the form package at ${origin}: ${where}${more}`);
    this.name = "FormDefinitionError";
    this.findings = findings;
  }
}
