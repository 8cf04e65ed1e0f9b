/** How a field's label reads when its own title needs its parent's (a year column under its measure). */

/** `a` then `b`, or just `b` when `a` is empty or already says it. */
export const joinLabel = (parent: string | undefined, leaf: string): string =>
  parent && parent !== leaf && !leaf.startsWith(parent) ? `${parent} ${leaf}` : leaf;
