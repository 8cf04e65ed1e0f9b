/**
 * The share of required fields filled, in whole percent rounded down, so that 100 means nothing is
 * blank. Multiplied before dividing: (29 / 100) * 100 is 28.999…, which would read one percent short.
 */
export const filledPercent = (filled: number, required: number): number => (required === 0 ? 100 : Math.floor((100 * filled) / required));
