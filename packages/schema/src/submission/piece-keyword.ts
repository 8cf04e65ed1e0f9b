/**
 * The keyword that stands in a piece's schema where another piece was cut out (./split.ts). Its
 * code hands the value there to the composition running the pieces (./compose.ts), through a
 * router the two share, and appends what comes back to the piece's errors, at the place Ajv
 * would have put the cut-out schema's own: one call per part and row, no error object for it.
 */
import { _, Name, type CodeKeywordDefinition, type KeywordCxt } from "ajv/dist/2020.js";
import type { PieceRouter } from "./compose.js";

/** A keyword no form may use (./split.ts does not cut a form that does). */
export const PIECE_KEYWORD = "cfPiece";

/** The name a standalone module gives its router. */
export const ROUTER_NAME = new Name("cfRouter");

// Where Ajv's generated code keeps its errors and their count (ajv/dist/compile/names): its own
// `$ref` appends a called function's errors to them in the same way.
const ERRORS = new Name("vErrors");
const COUNT = new Name("errors");

/** The keyword, routing through `router` (in a standalone module, the module's `ROUTER_NAME`). */
export function pieceKeyword(router: PieceRouter): CodeKeywordDefinition {
  return {
    keyword: PIECE_KEYWORD,
    schemaType: "number",
    code(cxt: KeywordCxt): void {
      const { gen, data, schema, it } = cxt;
      const routed = gen.scopeValue("keyword", { ref: router, code: ROUTER_NAME });
      const piece = Number(schema);
      const found = gen.const("pieceErrors", _`${routed}.current(${piece}, ${data}, ${it.errorPath})`);
      cxt.result(_`${found} === null`, undefined, () => {
        gen.assign(ERRORS, _`${ERRORS} === null ? ${found} : ${ERRORS}.concat(${found})`);
        gen.assign(COUNT, _`${ERRORS}.length`);
      });
    },
  };
}
