/**
 * JSON read from a workbook (the hidden sheet, a cell of an object field) is refused when it nests
 * deeper than any form's data: what reads it next (JSON.stringify, validation, the evaluator)
 * recurses, and 100,000 levels would overflow the stack.
 */

/** The forms' submissions nest about six levels; a value deeper than this is not a form's. */
export const MAX_JSON_DEPTH = 64;

/** True when the value nests deeper than `max` levels of arrays and objects. Iterative: never overflows itself. */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}
