/** Builds the WidgetContext of one part: the bridge from stateless widgets to the element's session. */
import { canEdit as roleCanEdit, fieldEditors, fieldTitle, formatPointer, lastSegment, memoized, schemaAt, type DataSchema, type DataFinding, type FieldRef, type LayoutBlock, type LoadedPart } from "@cluster-form/schema";
import { html } from "lit";
import { renderControl } from "../controls/index.js";
import { localize, type Messages } from "../locales/index.js";
import { coerceText, displayText } from "../state/coerce.js";
import type { WidgetContext } from "./types.js";
import { fieldId } from "../session/field-id.js";
import { pointerSegments } from "../session/pointer-segments.js";
import { isNotApplicable, type ResultIndex } from "../session/result-index.js";
import type { RowWindow } from "../session/row-ranges.js";
import type { FormSession } from "../session/session.js";

export interface ContextHost {
  readonly session: FormSession;
  readonly formRole: string;
  readonly lang: string;
  readonly msg: Messages;
  readonly index: ResultIndex;
  changeValue(pointer: string, value: unknown, typed?: string): void;
  changeScore(criterion: string, column: string, text: string): void;
  announce(text: string): void;
  /** Which rows of a repeating table (submission pointer) to draw. */
  rowWindow(pointer: string, count: number): RowWindow;
  /** Moves focus to a field's input (submission pointer) once the element has drawn. */
  focusSoon(pointer: string): void;
}

/** Answers about a part's pointers that never change once the package is loaded. */
interface PartLookups {
  readonly dataPointer: (pointer: string) => string;
  readonly schema: (pointer: string) => DataSchema | undefined;
  readonly required: (pointer: string) => boolean;
}

const lookups = new WeakMap<LoadedPart, PartLookups>();

function lookupsFor(part: LoadedPart): PartLookups {
  let found = lookups.get(part);
  if (!found) {
    const prefix = formatPointer(["data", part.ref.id]);
    const schema = memoized((pointer) => schemaAt(part.schema, pointerSegments(pointer)));
    const required = memoized((pointer) => {
      const segments = pointerSegments(pointer);
      const last = segments[segments.length - 1];
      if (last === undefined) return false;
      const parent = schemaAt(part.schema, segments.slice(0, -1));
      return Array.isArray(parent?.required) && parent.required.includes(last);
    });
    found = { dataPointer: memoized((pointer) => prefix + pointer), schema, required };
    lookups.set(part, found);
  }
  return found;
}

const NO_FINDINGS: readonly DataFinding[] = [];

/** A value that fails its schema (not a blank): the evaluator reads it as blank, so it earns nothing. */
const isWrongValue = (finding: DataFinding): boolean => finding.severity === "error" && finding.code.startsWith("data-") && finding.code !== "data-required";

/** The context of `part`; it reads the session and the host's index when asked, so it serves one update after another. */
export function createWidgetContext(host: ContextHost, part: LoadedPart): WidgetContext {
  const { session } = host;
  const { dataPointer, schema, required } = lookupsFor(part);
  const findings = (pointer: string) => (host.index.findings.size === 0 ? NO_FINDINGS : (host.index.findings.get(dataPointer(pointer)) ?? NO_FINDINGS));
  const label = (pointer: string, override?: string): string => {
    if (override) return override;
    return fieldTitle(schema(pointer)) ?? lastSegment(pointer);
  };
  const canEdit = (block: LayoutBlock, field?: FieldRef): boolean => fieldEditors(part.ref, block, field).includes(host.formRole);

  const ctx: WidgetContext = {
    pkg: session.pkg,
    part,
    role: host.formRole,
    lang: host.lang,
    msg: host.msg,
    get result() {
      return session.result;
    },
    canEdit,
    canScore: (criterion, column) => roleCanEdit(session.pkg, host.formRole, formatPointer(["scores", criterion, column])),
    value: (pointer) => session.valueAt(dataPointer(pointer)),
    partValue: (id) => session.valueAt(formatPointer(["data", id])),
    schema,
    label,
    dataPointer,
    fieldId: (pointer) => fieldId(dataPointer(pointer)),
    findings,
    notApplicable: (pointer) => isNotApplicable(host.index, dataPointer(pointer)),
    digest: (pointer) => host.index.digestUnder(dataPointer(pointer)),
    rowWindow: (pointer, count) => host.rowWindow(dataPointer(pointer), count),
    focusSoon: (pointer) => host.focusSoon(dataPointer(pointer)),
    control(options) {
      const full = dataPointer(options.pointer);
      const id = fieldId(full);
      const fieldSchema = options.schema ?? schema(options.pointer);
      const help = fieldSchema?.description ? [`${id}-help`] : [];
      const list = findings(options.pointer);
      return renderControl({
        id,
        label: options.label,
        inTable: options.inTable ?? false,
        editable: options.editable,
        schema: fieldSchema,
        text: session.textAt(full, displayText),
        value: session.valueAt(full),
        describedBy: [...help, ...(options.describedBy ?? []), `${id}-msg`].join(" "),
        invalid: list.some((f) => f.severity === "error"),
        required: required(options.pointer),
        multiline: options.multiline ?? false,
        msg: host.msg,
        onText: (text) => host.changeValue(full, coerceText(text, fieldSchema), text),
        onChoice: (value) => host.changeValue(full, value),
        onPaste: options.onPasteRows,
      });
    },
    messages(pointer) {
      const id = `${fieldId(dataPointer(pointer))}-msg`;
      return html`<div class="messages" id=${id}>${findings(pointer).map(
        // A wrong value's message is printed beside it (it earns nothing); a blank's is not.
        (f) => html`<div class="msg ${f.severity} ${isWrongValue(f) ? "wrong-value" : ""}" part="message">${localize(f.message, host.lang)}</div>`,
      )}</div>`;
    },
    setValue: (pointer, value) => host.changeValue(dataPointer(pointer), value),
    setScore: (criterion, column, text) => host.changeScore(criterion, column, text),
    scoreText: (criterion, column) => session.textAt(formatPointer(["scores", criterion, column]), displayText),
    setReason: (criterion, column, text) => host.changeValue(formatPointer(["reasons", criterion, column]), text === "" ? undefined : text, text),
    reasonText: (criterion, column) => session.textAt(formatPointer(["reasons", criterion, column]), displayText),
    announce: (text) => host.announce(text),
    localize: (message) => localize(message, host.lang),
  };
  return ctx;
}
