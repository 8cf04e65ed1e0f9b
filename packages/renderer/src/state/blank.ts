/** Nothing filled in: no value, an empty string, or a row or list whose every value is blank. */
export const isBlankDeep = (value: unknown): boolean =>
  value === undefined || value === null || value === "" || (typeof value === "object" && Object.values(value).every(isBlankDeep));
