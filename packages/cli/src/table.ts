/** Plain-text tables for the terminal, aligned by display width (a Chinese character takes two columns). */

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f)) continue;
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

export type Align = "left" | "right";

const pad = (text: string, width: number, align: Align): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
};

/** Rows of cells, columns padded to their widest cell; the last column is never padded. */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[] = [], indent = ""): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 && align[i] !== "right" ? cell : pad(cell, widths[i] ?? 0, align[i] ?? "left")))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
