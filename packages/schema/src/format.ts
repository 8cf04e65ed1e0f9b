/** One finding as one line of text: `file:line:column pointer  message`. */
import type { Lang } from "./i18n.js";
import type { DefinitionFinding } from "./types.js";

export interface FormatOptions {
  /** Prefix for the file, e.g. the form folder as the user typed it (`forms/2020-handbook`). */
  readonly root?: string;
}

export function formatFinding(finding: DefinitionFinding, lang: Lang, options: FormatOptions = {}): string {
  const { file, line, column, pointer } = finding.location;
  const path = options.root ? `${options.root.replace(/[\\/]+$/, "")}/${file}` : file;
  return `${path}:${line}:${column} ${pointer || "/"}  ${finding.message[lang]}`;
}
