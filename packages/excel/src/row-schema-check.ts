/**
 * Each imported row checked against the table's schema (required fields, patterns, lengths,
 * bounds, conditions) by the form's own submission validator, so that a row is kept only when it
 * would pass in the form: the row is placed alone in an otherwise empty submission and only the
 * findings inside it count.
 */
import type { DataSchema, FormPackage, LocalizedMessage, SubmissionValidator } from "@cluster-form/schema";
import { formatPointer, parsePointer } from "@cluster-form/schema/pointer";

/** A finding inside one row: the column it names (its key) and what is wrong, without the row's own label. */
export interface RowFinding {
  readonly key: string | undefined;
  readonly message: LocalizedMessage;
}

export type RowCheck = (record: Record<string, unknown>) => RowFinding[];

/** The validator could not run (e.g. a page whose Content-Security-Policy forbids compiling it): no row can be trusted. */
export class RowCheckError extends Error {
  constructor(readonly detail: string) {
    super(`Rows could not be checked: ${detail}`);
    this.name = "RowCheckError";
  }
}

/** `{ enterprises: [row] }` for `/enterprises`: the row as the only row of its table in the part. */
function placeRow(segments: readonly string[], row: Record<string, unknown>): unknown {
  return segments.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), [row]);
}

/**
 * The check for the rows of the table at `arrayPointer` in `partId`; the validator given (a page's
 * precompiled one) or the form's own, compiled on first use.
 */
export async function rowSchemaCheck(pkg: FormPackage, partId: string, arrayPointer: string, arraySchema: DataSchema, validator?: SubmissionValidator): Promise<RowCheck> {
  // Loaded with the first import of rows only: exporting and importing workbooks do not need the validator.
  const schema = await import("@cluster-form/schema");
  const run = validator ? (data: unknown) => validator.validate(data, "final") : (data: unknown) => schema.validateSubmission(pkg, data, { mode: "final" });
  const validate = (data: unknown) => {
    try {
      return run(data);
    } catch (error) {
      throw new RowCheckError(error instanceof Error ? error.message : String(error));
    }
  };
  const segments = parsePointer(arrayPointer);
  const rowPointer = formatPointer(["data", partId, ...segments, "0"]);
  const table = typeof arraySchema.title === "string" ? arraySchema.title : "";
  // The validator names the field by its list and row number ("<list> row 1 …"): the row's place in the sheet replaces that.
  const prefixes = { zh: schema.catalogs.zh.rowLabel({ table, row: 1 }), en: schema.catalogs.en.rowLabel({ table, row: 1 }) };
  const strip = (text: string, prefix: string): string => (text.startsWith(prefix) ? text.slice(prefix.length).replace(/^[\s:\uFF1A]+/, "") : text);
  return (record) =>
    validate({ data: { [partId]: placeRow(segments, record) } })
      .filter((f) => f.severity === "error" && (f.pointer === rowPointer || f.pointer.startsWith(`${rowPointer}/`)))
      .map((f) => ({
        key: parsePointer(f.pointer).slice(parsePointer(rowPointer).length)[0],
        message: { zh: strip(f.message.zh, prefixes.zh), en: strip(f.message.en, prefixes.en) },
      }));
}
