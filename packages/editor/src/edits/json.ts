/** A JSON object (not an array, not null), as files and rules hold them. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
