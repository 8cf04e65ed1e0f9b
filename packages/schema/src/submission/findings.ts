/** Ajv errors on a submission, as findings that name the field by its label and pointer. */
import type { ErrorObject } from "ajv";
import { coreCatalogs, message } from "../locales/index.js";
import type { Lang } from "../i18n.js";
import { formatPointer, isArrayIndex, parsePointer } from "../model/pointer.js";
import { fieldChoices } from "../model/field.js";
import { schemaBelow } from "../model/schema-at.js";
import type { DataFinding, DataSchema, LocalizedMessage } from "../types.js";
import { plainMessage } from "./plain-messages.js";

/**
 * The schemas along an error's pointer, from the root's (index 0) to the field's (last), found in
 * one walk: the label, the row labels, the choices and the message all read from it. Undefined
 * from where the schema does not say on, and for a pointer that is not one.
 */
interface Located {
  readonly segments: readonly string[];
  readonly schemas: readonly (DataSchema | undefined)[];
}

function locate(schema: Record<string, unknown>, pointer: string): Located {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return { segments: [], schemas: [undefined] };
  }
  const schemas: (DataSchema | undefined)[] = [schema as DataSchema];
  for (const segment of segments) schemas.push(schemaBelow(schemas[schemas.length - 1], segment));
  return { segments, schemas };
}

const titleOf = (node: DataSchema | undefined): string | undefined => (typeof node?.title === "string" ? node.title : undefined);

/**
 * The label as people should read it: the field's title, preceded by the table and row number
 * for fields inside repeating rows (the rowLabel message, then the title).
 */
function displayLabel({ segments, schemas }: Located, title: string | undefined, lang: Lang): string | undefined {
  if (title === undefined) return undefined;
  const rows: string[] = [];
  segments.forEach((segment, index) => {
    if (!isArrayIndex(segment) || index === segments.length - 1) return;
    const table = titleOf(schemas[index]);
    if (table !== undefined) rows.push(coreCatalogs[lang].rowLabel({ table, row: Number(segment) + 1 }));
  });
  return rows.length > 0 ? `${rows.join(" ")} ${title}` : title;
}

/** The labels of the choices of `field` (the model's one rule), when the field is a choice. */
function choiceLabels(field: DataSchema | undefined): string[] | undefined {
  const choices = fieldChoices(field);
  return choices.length > 0 ? choices.map((choice) => choice.label) : undefined;
}

/** The part or criterion a finding at `segments` (its pointer's, unescaped) lies in. */
function where(segments: readonly string[]): Pick<DataFinding, "part" | "criterion"> {
  const [root, id] = segments;
  if (root === "data" && id !== undefined) return { part: id };
  if (root === "scores" && id !== undefined) return { criterion: id };
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
    const located = locate(schema, pointer);
    const field = located.schemas[located.schemas.length - 1];
    const label = titleOf(field);
    const shownZh = displayLabel(located, label, "zh") ?? (pointer || "/");
    const shownEn = displayLabel(located, label, "en") ?? (pointer || "/");
    const both = (build: (shown: string) => LocalizedMessage): LocalizedMessage => ({ zh: build(shownZh).zh, en: build(shownEn).en });
    const choices = error.keyword === "oneOf" || error.keyword === "anyOf" ? choiceLabels(field) : undefined;
    let msg: LocalizedMessage;
    if (missing !== undefined) msg = both((shown) => message("dataRequired", { label: shown }));
    else if (choices) msg = both((shown) => message("dataChoice", { label: shown, choices: choices.join(" / ") }));
    else msg = both(plainMessage(error, schema, pointer, field));
    const key = `${pointer}\u0000${msg.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      code: `data-${error.keyword}`,
      severity: "error",
      pointer,
      ...(label === undefined ? {} : { label }),
      message: msg,
      ...where(located.segments),
    });
  });
  return findings;
}
