/** The `@cluster-form/schema/pointer` entry: JSON pointers and walking a data schema, without the loader or validator. */
export { escapeSegment, unescapeSegment, parsePointer, formatPointer, joinPointer, parentPointer, lastSegment, isWithin, isArrayIndex, valueAt, setValueAt } from "./model/pointer.js";
export { schemaAt, schemaAtPointer, partAt, fieldSchemaAt } from "./model/schema-at.js";
