/** How many answers one memo keeps: more than the fields any form draws, few enough that a caller naming arbitrary keys cannot grow it without bound. */
export const MEMO_LIMIT = 100_000;

/**
 * `answer` remembered by `keyOf` its arguments (by default the first, a string). Questions about a
 * loaded form's pointers never change answer, and a page asks the same ones on every keystroke; past
 * {@link MEMO_LIMIT} keys the answer is computed each time instead of kept.
 */
export function memoized<A extends readonly [string, ...string[]], T>(answer: (...args: A) => T, keyOf: (...args: A) => string = (...args) => args[0]): (...args: A) => T {
  const memo = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    if (memo.has(key)) return memo.get(key) as T;
    const value = answer(...args);
    if (memo.size < MEMO_LIMIT) memo.set(key, value);
    return value;
  };
}
