/**
 * The form model: what every package knows of a loaded form, written once — pointers and data
 * paths, reading a field, rule sites, and edit rights by role. It depends on nothing but the
 * form types and the package's message catalogs.
 */
export { isRecord, keyedRecord, ownValue } from "./record.js";
export { escapeSegment, unescapeSegment, parsePointer, formatPointer, joinPointer, parentPointer, lastSegment, isWithin, isArrayIndex, valueAt, setValueAt } from "./pointer.js";
export { schemaAt, schemaAtPointer, partAt, fieldSchemaAt } from "./schema-at.js";
export { jsonEqual } from "./json-equal.js";
export { closest } from "./closest.js";
export { memoized, MEMO_LIMIT } from "./memo.js";
export { filledPercent } from "./filled-percent.js";
export { fieldChoices, valueTypes, fieldKind, isPlainKind, fieldItems, fieldProperties, fieldRequired, fieldTitle, fieldUnit, fieldLimits, readField, jsonTypeOf } from "./field.js";
export type { Choice, FieldKind, FieldLimits, FieldFacts, JsonType } from "./field.js";
export { ruleSites, fieldsRead } from "./rule-sites.js";
export type { RuleSite, RuleSiteKind } from "./rule-sites.js";
export { editRights, canEdit, fieldEditors } from "./edit-rights.js";
export type { EditRights } from "./edit-rights.js";
export { checkEdits } from "./edit-checks.js";
export type { EditViolation } from "./edit-checks.js";
