/** Parent and last segment of a JSON pointer (`/brands/other` → `/brands`, `other`); segments stay escaped. */
export const parentPointer = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf("/"));
export const lastSegment = (pointer: string): string => pointer.slice(pointer.lastIndexOf("/") + 1);
