// A rollup plugin for the self-contained bundle: of ajv-formats, only the formats the data-schema
// profile allows (its meta-schema's `format` enum: date, email, uri…) are bundled.
// - `fullFormats` keeps just those entries (ajv-formats' whole list has OpenAPI and JSON-pointer formats
//   besides), `fastFormats` (the other mode, never chosen) goes, and so do the `compare` functions,
//   which only the formatMinimum/formatMaximum keywords read;
// - those keywords (ajv-formats' "limit" plugin) are not added: the profile does not allow them.
// Both files are CommonJS compiled by TypeScript; every edit checks that the code is what it expects,
// so a new ajv-formats version fails the build instead of being bundled half-edited.
import { readFileSync } from "node:fs";
import { blank, blankRanges } from "./blank-ranges.mjs";

const FORMATS_FILE = /[\\/]ajv-formats[\\/]dist[\\/]formats\.js$/;
const INDEX_FILE = /[\\/]ajv-formats[\\/]dist[\\/]index\.js$/;

/** The formats a form's data schema may name, from the profile's meta-schema. */
export function profileFormats() {
  const meta = JSON.parse(readFileSync(new URL("../../schema/meta/data-schema.json", import.meta.url), "utf8"));
  const formats = meta.$defs?.schema?.properties?.format?.enum;
  if (!Array.isArray(formats) || formats.length === 0) throw new Error("slim-ajv-formats: no format enum in meta/data-schema.json");
  return formats;
}

const keyOf = (property) => (property.key.type === "Identifier" ? property.key.name : property.key.value);

/** `exports.<name> = <object>` at the top level of a CommonJS module. */
function exportedObject(ast, name) {
  for (const statement of ast.body) {
    const e = statement.type === "ExpressionStatement" ? statement.expression : undefined;
    if (e?.type === "AssignmentExpression" && e.left.type === "MemberExpression" && e.left.object.name === "exports" && e.left.property.name === name && e.right.type === "ObjectExpression") {
      return e.right;
    }
  }
  return undefined;
}

export function slimAjvFormats(formats = profileFormats()) {
  const keep = new Set(formats);
  return {
    name: "slim-ajv-formats",
    transform(code, id) {
      if (INDEX_FILE.test(id)) {
        const limit = 'const limit_1 = require("./limit");';
        const call = "(0, limit_1.default)(ajv);";
        if (!code.includes(limit) || !code.includes(call)) this.error("slim-ajv-formats: ajv-formats' index.js is not as expected");
        return { code: code.replace(limit, blank(limit)).replace(call, blank(call)), map: null };
      }
      if (!FORMATS_FILE.test(id)) return null;
      const ast = this.parse(code);
      const full = exportedObject(ast, "fullFormats");
      const fast = exportedObject(ast, "fastFormats");
      if (!full || !fast) this.error("slim-ajv-formats: ajv-formats' formats.js is not as expected");
      const missing = [...keep].filter((name) => !full.properties.some((p) => keyOf(p) === name));
      if (missing.length) this.error(`slim-ajv-formats: ajv-formats has no format ${missing.join(", ")}`);
      const cuts = [[fast.start + 1, fast.end - 1]];
      for (const property of full.properties) {
        const end = code[property.end] === "," ? property.end + 1 : property.end;
        if (!keep.has(keyOf(property))) cuts.push([property.start, end]);
        else if (property.value.type === "CallExpression" && property.value.callee.name === "fmtDef" && property.value.arguments.length === 2) {
          // fmtDef(validate, compare): the comparison is for formatMinimum/formatMaximum only.
          cuts.push([property.value.arguments[0].end, property.value.arguments[1].end]);
        }
      }
      return { code: blankRanges(code, cuts), map: null };
    },
  };
}
