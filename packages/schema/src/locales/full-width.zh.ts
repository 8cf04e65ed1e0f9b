/**
 * The punctuation a Chinese input method types where JSON wants ASCII: the keyboard's characters,
 * not UI wording, so there is no English twin. `json/syntax-errors.ts` names each and gives its
 * ASCII replacement (`fullWidthAscii` in ./json-syntax.catalog.ts).
 */
import type { FullWidthKind } from "./json-syntax.catalog.js";

/** Full-width characters JSON does not read, with what was meant. */
export const FULL_WIDTH: Readonly<Record<string, FullWidthKind>> = {
  "，": "comma",
  "、": "comma",
  "：": "colon",
  "“": "doubleQuote",
  "”": "doubleQuote",
  "＂": "doubleQuote",
  "‘": "singleQuote",
  "’": "singleQuote",
  "【": "openBracket",
  "［": "openBracket",
  "】": "closeBracket",
  "］": "closeBracket",
  "｛": "openBrace",
  "｝": "closeBrace",
  "\u3000": "space",
};

/** The curly double quotes: the last one on a line was meant to close its string. */
export const CURLY_DOUBLE_QUOTES: readonly string[] = ["“", "”"];
