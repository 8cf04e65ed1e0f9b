/**
 * `maxLength` and `minLength` as Ajv's own keyword checks them (characters, a surrogate pair
 * counting one; the same errors, in the same place among a string's keywords), with the string's
 * length in UTF-16 code units asked first: a string has at least as many code units as characters
 * and at most twice as many, so the length alone decides almost every string, and only one near
 * its limit is counted character by character (never more than twice the limit's code units, however
 * long the text). Ajv counts every string, each character of a report's long text on every validation.
 */
import { _, type Ajv2020, type CodeKeywordDefinition, type KeywordCxt } from "ajv/dist/2020.js";
import { useFunc } from "ajv/dist/compile/util.js";
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";

/** Ajv's count, with the `code` by which a standalone module requires it. */
type CountCharacters = ((text: string) => number) & { code: string };
// A CommonJS module: Node gives its exports object, a bundler its `default`.
const countCharacters: CountCharacters =
  typeof ucs2lengthModule === "function" ? (ucs2lengthModule as CountCharacters) : (ucs2lengthModule as unknown as { default: CountCharacters }).default;

/** Replaces Ajv's `maxLength` and `minLength` of `ajv` with the same checks, asking the length first. */
export function askLengthFirst(ajv: Ajv2020): void {
  const own = ajv.getKeyword("maxLength");
  if (typeof own !== "object" || !("code" in own)) return;
  ajv.removeKeyword("maxLength");
  ajv.removeKeyword("minLength");
  const definition: CodeKeywordDefinition = {
    ...(own as CodeKeywordDefinition),
    keyword: ["maxLength", "minLength"],
    // Where Ajv's own stand: errors of a string come in the same order.
    before: "pattern",
    code(cxt: KeywordCxt): void {
      const { keyword, data, schemaCode, gen } = cxt;
      const characters = _`${useFunc(gen, countCharacters)}(${data})`;
      cxt.fail$data(
        keyword === "maxLength"
          ? _`${data}.length > ${schemaCode} && (${data}.length > 2 * ${schemaCode} || ${characters} > ${schemaCode})`
          : _`${data}.length < 2 * ${schemaCode} && ${characters} < ${schemaCode}`,
      );
    },
  };
  ajv.addKeyword(definition);
}
