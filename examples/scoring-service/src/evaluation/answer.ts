/**
 * What the service answers to a submission: from the request body's bytes to the status and JSON
 * text of the answer. Runs in a worker thread (see pool.ts): parsing, validation, evaluation and
 * serialization all happen there, so none of them holds up the event loop that answers others.
 */
import type { CatalogEntry } from "../catalog.js";
import { messages } from "../locales/messages.js";
import { problem } from "../problem.js";
import type { Problem } from "../problem.js";
import { countValues, submissionLimits } from "@cluster-form/schema";
import type { FormPackage } from "@cluster-form/schema";
import { forbiddenKeyAt } from "./forbidden-key.js";
import { parseNeedBytes } from "./heap-room.js";
import type { HeapRoom } from "./heap-room.js";

export type Mode = "draft" | "final";
export type Operation = "score" | "validate";

export interface EvaluationTask {
  readonly formId: string;
  readonly operation: Operation;
  readonly mode: Mode;
  /** The request body as received (UTF-8 JSON). */
  readonly body: Uint8Array;
}

/** An edit check (./edits.ts): the body names the role, the submission and the previous one. */
export interface EditsTask {
  readonly formId: string;
  readonly operation: "edits";
  readonly body: Uint8Array;
}

export interface Answer {
  readonly status: number;
  /** True when `body` is a problem document. */
  readonly problem: boolean;
  readonly body: string;
}

/** A problem document as an answer. */
export const problemAnswer = (body: Problem): Answer => ({ status: body.status, problem: true, body: JSON.stringify(body) });

/** What a body may cost before it is parsed: the values the form allows, and the thread's free heap. */
export interface BodyBounds {
  readonly maxValues: number;
  readonly heap: HeapRoom;
}

const MB = 1024 * 1024;

/** The most JSON values a body may hold: a submission of the form; an edit check carries two. */
export const bodyValueLimit = (pkg: FormPackage, operation: Operation | EditsTask["operation"]): number =>
  (operation === "edits" ? 2 : 1) * submissionLimits(pkg).maxValues;

/** Why a body with more than `limit` values is refused. */
export const tooManyValuesDetail = (limit: number): string =>
  `The body holds more JSON values than the form allows (at most ${limit}, its largest submission with every list full and room for what it carries besides), so it was not read.`;

/**
 * The body as a JSON value, or the problem that says why it is not one. A body that can hold more
 * values than `bounds` allows, or whose parse could need more heap than the thread has free, is
 * refused before it is parsed, so that no accepted body makes the parse outgrow the form.
 */
export function parseBody(bytes: Uint8Array, bounds: BodyBounds): { readonly value: unknown } | { readonly problem: Problem } {
  if (bytes.byteLength === 0) return { problem: problem("bad-request", "Send the submission as the JSON body of the request.") };
  const values = countValues(bytes, bounds.maxValues);
  if (values > bounds.maxValues) return { problem: problem("payload-too-large", tooManyValuesDetail(bounds.maxValues)) };
  const need = parseNeedBytes(bytes.byteLength, values);
  if (need > bounds.heap.freeBytes) {
    const [needMb, freeMb] = [need, bounds.heap.freeBytes].map((size) => Math.ceil(size / MB));
    return {
      problem: problem(
        "evaluation-limit",
        `Reading this body could need up to ${needMb} MB of memory; of the ${bounds.heap.limitMb} MB the service allows per evaluation, ${freeMb} MB are free. It was not read.`,
      ),
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: problem("invalid-json", "The body is not valid JSON: it is not UTF-8 text.") };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: problem("invalid-json", `The body is not valid JSON: ${(error as Error).message}.`) };
  }
  const forbidden = forbiddenKeyAt(value);
  if (forbidden !== undefined) {
    const key = forbidden.endsWith("/__proto__") ? "__proto__" : "constructor";
    return {
      problem: problem("forbidden-key", `The body holds the key "${key}" at ${forbidden}, which the service refuses: such a key can change the prototype of objects. Remove or rename it.`, {
        pointer: forbidden,
      }),
    };
  }
  return { value };
}

/** A JSON object naming this form (when it names one); anything else is the problem to answer. */
function shapeProblem(body: unknown, entry: CatalogEntry): Problem | undefined {
  const { id, version } = entry.manifest;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    const message = messages.notASubmission(Array.isArray(body) ? "array" : body === null ? "null" : typeof body);
    return problem("invalid-submission", message.en, { findings: [{ code: "notASubmission", severity: "error", pointer: "", message }] });
  }
  const form: unknown = (body as Record<string, unknown>)["form"];
  const namedId = form !== null && typeof form === "object" ? (form as Record<string, unknown>)["id"] : undefined;
  if (namedId !== undefined && namedId !== id) {
    const message = messages.formMismatch(JSON.stringify(namedId), id, version);
    return problem("invalid-submission", message.en, { findings: [{ code: "formMismatch", severity: "error", pointer: "/form/id", message }] });
  }
  return undefined;
}

/**
 * Score: the whole evaluation result; an invalid submission gets 422 with its findings and the
 * result anyway. Validate: 200 when there is no error (warnings listed), 422 with every finding.
 */
export function answer(entry: CatalogEntry, task: EvaluationTask, heap: HeapRoom): Answer {
  const parsed = parseBody(task.body, { maxValues: bodyValueLimit(entry.pkg, task.operation), heap });
  if ("problem" in parsed) return problemAnswer(parsed.problem);
  const shape = shapeProblem(parsed.value, entry);
  if (shape) return problemAnswer(shape);
  const { mode } = task;
  const result = entry.evaluator.evaluate(parsed.value, { mode });
  const errors = result.findings.filter((finding) => finding.severity === "error").length;
  if (task.operation === "score") {
    if (result.valid) return { status: 200, problem: false, body: JSON.stringify(result) };
    const detail = `${errors} error(s) in the submission (${mode} mode); see findings. The result is given for reference.`;
    return problemAnswer(problem("invalid-submission", detail, { mode, findings: result.findings, result }));
  }
  if (errors > 0) {
    const detail = `${errors} error(s) in the submission (${mode} mode); see findings.`;
    return problemAnswer(problem("invalid-submission", detail, { mode, findings: result.findings, completeness: result.completeness }));
  }
  return { status: 200, problem: false, body: JSON.stringify({ valid: true, form: result.form, mode, findings: result.findings, completeness: result.completeness }) };
}
