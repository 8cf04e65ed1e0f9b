/** JSON-Logic truthiness, as json-logic-js 2.0.5 defines it: JavaScript's, except that an empty list is false (`{}` is true). */
export const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length !== 0 : Boolean(value));
