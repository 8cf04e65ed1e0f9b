/** Edits JSON files in place, keeping the hand-written layout of everything not changed. */
import { applyEdits, modify, parse, type ParseError } from "jsonc-parser";

export interface JsonEdit {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2 } };

export function parseStrict(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors.length > 0 ? undefined : value;
}

export function editJson(text: string, edits: readonly JsonEdit[]): string {
  let result = text;
  for (const edit of edits) result = applyEdits(result, modify(result, [...edit.path], edit.value, FORMAT));
  return result;
}
