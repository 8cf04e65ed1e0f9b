/** Showing computed values and scores as text. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export function formatValue(value: unknown, unit?: string): string {
  if (value === undefined || value === null || value === "") return "—";
  const text = typeof value === "number" ? formatNumber(value) : typeof value === "boolean" || typeof value === "string" ? String(value) : JSON.stringify(value);
  return unit ? `${text} ${unit}` : text;
}

export const formatScore = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : formatNumber(value));
