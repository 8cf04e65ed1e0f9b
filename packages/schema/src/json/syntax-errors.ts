/**
 * jsonc-parser's error codes in words a policy officer can act on, with the full-width punctuation a
 * Chinese keyboard types by mistake (comma, colon, curly quotes, brackets: ../locales/full-width.zh.ts)
 * named and its ASCII replacement given.
 */
import { printParseErrorCode, type ParseError } from "jsonc-parser";
import { CURLY_DOUBLE_QUOTES, FULL_WIDTH } from "../locales/full-width.zh.js";
import { jsonSyntaxMessage } from "../locales/json-syntax.js";
import type { LocalizedMessage } from "../types.js";

export interface SyntaxProblem {
  readonly code: string;
  /** Where to point: the offending character, or where the missing one belongs. */
  readonly offset: number;
  readonly message: LocalizedMessage;
}

function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) i--;
  return i;
}

const fullWidthAt = (text: string, offset: number): SyntaxProblem | undefined => {
  const found = text[offset] ?? "";
  const kind = FULL_WIDTH[found];
  return kind ? { code: "json-full-width", offset, message: jsonSyntaxMessage("jsonFullWidth", { found, kind }) } : undefined;
};

/** The first full-width character in text[from, to), if any. */
function fullWidthIn(text: string, from: number, to: number): SyntaxProblem | undefined {
  for (let i = from; i < Math.min(to, text.length); i++) {
    const problem = fullWidthAt(text, i);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * A string that runs to the end of its line: when its last character is a curly quote, that quote
 * was meant to close it (a curly quote inside the text is followed by more text).
 */
function closedByCurlyQuote(text: string, from: number, to: number): SyntaxProblem | undefined {
  let end = Math.min(to, text.length) - 1;
  const trailing = (c: string): boolean => /[\s,]/.test(c) || FULL_WIDTH[c] === "comma";
  while (end > from && trailing(text[end] ?? "")) end--;
  return CURLY_DOUBLE_QUOTES.includes(text[end] ?? "") ? fullWidthAt(text, end) : undefined;
}

/** Right after the last token before `offset`: where a missing comma or colon belongs. */
const afterPrevious = (text: string, offset: number): number => previousSignificant(text, offset) + 1;

/** The first syntax error of a file, explained. */
export function explainSyntaxError(text: string, error: ParseError): SyntaxProblem {
  const kind = printParseErrorCode(error.error);
  const at = error.offset;
  const syntax = (offset: number, msg: LocalizedMessage): SyntaxProblem => ({ code: "json-syntax", offset, message: msg });
  switch (kind) {
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return { code: "json-comment", offset: at, message: jsonSyntaxMessage("jsonComment") };
    case "InvalidSymbol":
      return (
        fullWidthIn(text, at, at + Math.max(1, error.length)) ??
        (text[at] === "'" ? syntax(at, jsonSyntaxMessage("jsonSingleQuote")) : syntax(at, jsonSyntaxMessage("jsonInvalidSymbol", { found: [...text.slice(at)][0] ?? "" })))
      );
    case "UnexpectedEndOfString":
      // A string closed by a full-width quote runs on: name the quote, not the end of the line.
      return closedByCurlyQuote(text, at + 1, at + error.length) ?? syntax(at, jsonSyntaxMessage("jsonUnclosedString"));
    case "PropertyNameExpected":
    case "ValueExpected": {
      const before = previousSignificant(text, at);
      const closing = text[at];
      if (text[before] === "," && (closing === "}" || closing === "]")) {
        return { code: "json-trailing-comma", offset: before, message: jsonSyntaxMessage("jsonTrailingComma") };
      }
      if (text[before] === "," && text[at] === ",") return syntax(at, jsonSyntaxMessage("jsonDoubleComma"));
      if (text.trim() === "") return syntax(at, jsonSyntaxMessage("jsonEmpty"));
      return syntax(at, jsonSyntaxMessage(kind === "ValueExpected" ? "jsonValueMissing" : "jsonKeyMissing"));
    }
    case "CommaExpected":
      if (text[at] === "}" || text[at] === "]") return syntax(at, jsonSyntaxMessage("jsonBracketMismatch", { found: text[at] }));
      // 01: JSON reads the 0 as a number, then wants a comma before the 1.
      if (/(^|[^\d.])0$/.test(text.slice(Math.max(0, at - 2), at)) && /\d/.test(text[at] ?? "")) return syntax(at - 1, jsonSyntaxMessage("jsonBadNumber"));
      return syntax(afterPrevious(text, at), jsonSyntaxMessage("jsonCommaMissing"));
    case "ColonExpected":
      return syntax(afterPrevious(text, at), jsonSyntaxMessage("jsonColonMissing"));
    case "CloseBraceExpected":
      return syntax(at, jsonSyntaxMessage("jsonCloseMissing", { missing: "}" }));
    case "CloseBracketExpected":
      return syntax(at, jsonSyntaxMessage("jsonCloseMissing", { missing: "]" }));
    case "EndOfFileExpected":
      return syntax(at, jsonSyntaxMessage("jsonAfterEnd"));
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      return syntax(at, jsonSyntaxMessage("jsonBadNumber"));
    case "InvalidEscapeCharacter":
    case "InvalidUnicode":
      return syntax(at, jsonSyntaxMessage("jsonBadEscape"));
    case "InvalidCharacter":
      return syntax(at, jsonSyntaxMessage("jsonControlCharacter"));
    default:
      return syntax(at, jsonSyntaxMessage("jsonSyntax", { detail: kind }));
  }
}
