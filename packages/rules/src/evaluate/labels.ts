/**
 * Labels of what rules read: a `var` path becomes a submission pointer, a label from the
 * schema `title` (the parent's title joins a bare leaf title such as a year column), and a unit.
 */
import { fieldChoices, fieldSchemaAt, formatPointer, jsonEqual, type DataSchema, type FormPackage, type Lang } from "@cluster-form/schema";
import { toPlainJson } from "../logic/index.js";
import { phrase } from "../locales/evaluation.js";
import { joinLabel } from "./join-label.js";
import type { InputInfo } from "./prepared.js";

interface ComputedLabel {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
}

const FORM_KEYS = { year: "label.formYear", id: "label.formId", version: "label.formVersion" } as const;

export function createInputLabeller(pkg: FormPackage, computed: readonly ComputedLabel[], lang: Lang) {
  const partIds = new Set(pkg.parts.map((part) => part.ref.id));
  const cache = new Map<string, InputInfo>();

  const describe = (path: string): InputInfo => {
    const [head = "", ...rest] = path.split(".");
    if (head === "$form") {
      const key = rest.join(".");
      const labelKey = Object.hasOwn(FORM_KEYS, key) ? FORM_KEYS[key as keyof typeof FORM_KEYS] : undefined;
      return { path, pointer: "", label: labelKey ? phrase(lang, labelKey, {}) : path };
    }
    if (head === "$computed") {
      const id = rest.join(".");
      const match = computed.find((c) => c.id === id) ?? computed.find((c) => id.startsWith(`${c.id}.`));
      if (!match) return { path, pointer: "", label: path };
      return { path, pointer: "", label: match.label, ...(match.unit === undefined ? {} : { unit: match.unit }) };
    }
    if (!partIds.has(head)) return { path, pointer: "", label: path };
    const pointer = formatPointer(["data", head, ...rest]);
    const schema = fieldSchemaAt(pkg, pointer);
    const parent = rest.length > 1 ? fieldSchemaAt(pkg, formatPointer(["data", head, ...rest.slice(0, -1)])) : undefined;
    const leaf = typeof schema?.title === "string" ? schema.title : rest[rest.length - 1] ?? head;
    const label = joinLabel(typeof parent?.title === "string" && parent.type !== "array" ? parent.title : undefined, leaf);
    const unit = typeof schema?.unit === "string" ? schema.unit : undefined;
    return { path, pointer, label, ...(unit === undefined ? {} : { unit }), ...(schema ? { schema } : {}) };
  };

  return (path: string): InputInfo => {
    let info = cache.get(path);
    if (!info) {
      info = describe(path);
      cache.set(path, info);
    }
    return info;
  };
}

/** The label of a choice value (the form model's choices), if the field is a choice and the value one of them. */
export function choiceLabel(schema: DataSchema | undefined, value: unknown): string | undefined {
  return fieldChoices(schema).find((choice) => jsonEqual(choice.value, value))?.label;
}

const PREVIEW_LENGTH = 60;

/** A short JSON text of any value, for messages. */
export function previewValue(value: unknown): string {
  const text = JSON.stringify(toPlainJson(value)) ?? "null";
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** A value as people read it: choice labels, units, row counts, "blank". */
export function formatValue(value: unknown, info: { readonly unit?: string; readonly schema?: DataSchema } | undefined, lang: Lang): string {
  const choice = choiceLabel(info?.schema, value);
  if (choice !== undefined) return choice;
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return phrase(lang, "explain.blank", {});
  if (Array.isArray(value)) return phrase(lang, "explain.rows", { count: value.length });
  if (typeof value === "object") return previewValue(value);
  const text = String(value);
  return typeof value === "number" && info?.unit ? `${text}${info.unit}` : text;
}
