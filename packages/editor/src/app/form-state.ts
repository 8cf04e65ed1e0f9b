/**
 * What the page knows of the form besides its texts: the outline (read from the texts in the
 * browser with the editing library) and the latest check (from the server), kept together so
 * that every view draws from one place.
 */
import { parsePointer, valueAt, type FormPackage } from "@cluster-form/schema";
import { buildOutline, loadForm } from "../edits/index.js";
import type { FormTexts, Outline, Site } from "../edits/types.js";

export interface LoadedForm {
  readonly pkg: FormPackage;
  readonly outline: Outline;
}

/** The form of these texts, or the error that stops it loading (the check lists the findings). */
export async function readForm(texts: FormTexts): Promise<LoadedForm | Error> {
  try {
    // The server checks the patterns (lint) and builds the preview's validators: the page compiles
    // no schema, so it carries neither Ajv nor the pattern checker.
    const pkg = await loadForm(texts, "editor", { checkPatterns: false });
    return { pkg, outline: buildOutline(pkg) };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Field paths (and computed values) a rule can read, for the raw editor's completion. */
export function rulePaths(outline: Outline): string[] {
  const paths: string[] = [];
  const walk = (fields: Outline["parts"][number]["fields"]): void => {
    for (const field of fields) {
      paths.push(field.path);
      if (field.fields) walk(field.fields);
    }
  };
  for (const part of outline.parts) {
    walk(part.fields);
    for (const computed of part.computed) paths.push(`$computed.${computed.id}`);
  }
  return paths;
}

/** A field's label by the path a rule reads it with, for describing rule shapes in words. */
export function labelsByPath(outline: Outline): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (fields: Outline["parts"][number]["fields"]): void => {
    for (const field of fields) {
      labels.set(field.path, field.label);
      if (field.fields) walk(field.fields);
      if (field.columns) for (const column of field.columns) labels.set(column.key, column.label);
    }
  };
  for (const part of outline.parts) {
    walk(part.fields);
    for (const computed of part.computed) labels.set(`$computed.${computed.id}`, computed.label);
  }
  return labels;
}

const parsedTexts = new Map<string, unknown>();
const PARSED_KEPT = 64;

/**
 * The value written at a site in the current texts. Boxes show this, not the outline's copy: the
 * outline is read again a moment after each keystroke, and a box redrawn from it meanwhile would
 * take back what was just typed.
 */
export function currentValue(texts: FormTexts, site: Site): unknown {
  const text = texts[site.file];
  if (text === undefined) return undefined;
  let value = parsedTexts.get(text);
  if (value === undefined) {
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
    if (parsedTexts.size >= PARSED_KEPT) parsedTexts.clear();
    parsedTexts.set(text, value);
  }
  return valueAt(value, parsePointer(site.pointer));
}

export const siteKey = (site: Site): string => `${site.file}#${site.pointer}`;

/** A DOM id for a site key. */
export const keyId = (key: string): string => `at-${key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** A DOM id for an outline item (findings link to it). */
export const siteId = (site: Site): string => keyId(siteKey(site));
