/** Ajv errors on a submission, as findings that name the field by its label and pointer. */
import type { ErrorObject } from "ajv";
import { coreCatalogs, message } from "../locales/index.js";
import type { Lang } from "../i18n.js";
import { formatPointer, parsePointer, unescapeSegment } from "../model/pointer.js";
import { fieldChoices } from "../model/field.js";
import { schemaAt, schemaAtPointer } from "../model/schema-at.js";
import type { DataFinding, DataSchema, LocalizedMessage } from "../types.js";
import { plainMessage } from "./plain-messages.js";

function labelAt(schema: Record<string, unknown>, pointer: string): string | undefined {
  const title = schemaAtPointer(schema as DataSchema, pointer)?.title;
  return typeof title === "string" ? title : undefined;
}

/**
 * The label as people should read it: the field's title, preceded by the table and row number
 * for fields inside repeating rows (the rowLabel message, then the title).
 */
function displayLabel(schema: Record<string, unknown>, pointer: string, lang: Lang): string | undefined {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return undefined;
  }
  const title = schemaAt(schema as DataSchema, segments)?.title;
  if (typeof title !== "string") return undefined;
  const rows: string[] = [];
  segments.forEach((segment, index) => {
    if (!/^(0|[1-9]\d*)$/.test(segment) || index === segments.length - 1) return;
    const table = schemaAt(schema as DataSchema, segments.slice(0, index))?.title;
    if (typeof table === "string") rows.push(coreCatalogs[lang].rowLabel({ table, row: Number(segment) + 1 }));
  });
  return rows.length > 0 ? `${rows.join(" ")} ${title}` : title;
}

/** The labels of the choices at `pointer` (the model's one rule), when the field is a choice. */
function choiceLabels(schema: Record<string, unknown>, pointer: string): string[] | undefined {
  const choices = fieldChoices(schemaAtPointer(schema as DataSchema, pointer));
  return choices.length > 0 ? choices.map((choice) => choice.label) : undefined;
}

function where(pointer: string): Pick<DataFinding, "part" | "criterion"> {
  const [root, id] = pointer.split("/").slice(1);
  if (root === "data" && id !== undefined) return { part: unescapeSegment(id) };
  if (root === "scores" && id !== undefined) return { criterion: unescapeSegment(id) };
  return {};
}

/** Errors inside the branches of a failed `oneOf`/`anyOf` repeat what the combinator says. */
function meaningful(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  return errors.filter(
    (e) =>
      e.keyword !== "if" &&
      !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath)),
  );
}

export function dataFindings(errors: readonly ErrorObject[], schema: Record<string, unknown>): DataFinding[] {
  const kept = meaningful(errors);
  const findings: DataFinding[] = [];
  const seen = new Set<string>();
  kept.forEach((error) => {
    const missing = error.keyword === "required" ? String(error.params["missingProperty"]) : undefined;
    const pointer = missing === undefined ? error.instancePath : error.instancePath + formatPointer([missing]);
    const label = labelAt(schema, pointer);
    const shownZh = displayLabel(schema, pointer, "zh") ?? (pointer || "/");
    const shownEn = displayLabel(schema, pointer, "en") ?? (pointer || "/");
    const both = (build: (shown: string) => LocalizedMessage): LocalizedMessage => ({ zh: build(shownZh).zh, en: build(shownEn).en });
    const choices = error.keyword === "oneOf" || error.keyword === "anyOf" ? choiceLabels(schema, pointer) : undefined;
    let msg: LocalizedMessage;
    if (missing !== undefined) msg = both((shown) => message("dataRequired", { label: shown }));
    else if (choices) msg = both((shown) => message("dataChoice", { label: shown, choices: choices.join(" / ") }));
    else msg = both(plainMessage(error, schema, pointer));
    const key = `${pointer}\u0000${msg.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      code: `data-${error.keyword}`,
      severity: "error",
      pointer,
      ...(label === undefined ? {} : { label }),
      message: msg,
      ...where(pointer),
    });
  });
  return findings;
}
