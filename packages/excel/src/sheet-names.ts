/** Worksheet names as Excel accepts them: at most 31 characters, none of `[]:*?/\`, unique ignoring case. */

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

export function sanitizeSheetName(title: string): string {
  const cleaned = title.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return truncate(cleaned, MAX_SHEET_NAME).trim() || "Sheet";
}

/** Hands out unique sheet names; a repeated title gets ` (2)`, ` (3)`… within the 31 characters. */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  next(title: string): string {
    const base = sanitizeSheetName(title);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
