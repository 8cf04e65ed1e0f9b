/**
 * `POST /forms/{id}/edits`: which changes a role may not make. The body names the role, the
 * submission it sends and, optionally, the previous submission it started from (without one, the
 * role is taken to have filled everything in the submission). The answer comes from the form
 * model's `checkEdits`, so the service and the element agree on who may edit what.
 */
import { checkEdits, isRecord } from "@cluster-form/schema";
import type { CatalogEntry } from "../catalog.js";
import { problem } from "../problem.js";
import { bodyValueLimit, parseBody, problemAnswer, type Answer, type EditsTask } from "./answer.js";
import type { HeapRoom } from "./heap-room.js";

/** The answer to an edit check: 200 when the role made only changes it may make, 422 with each one it may not. */
export function editsAnswer(entry: CatalogEntry, task: EditsTask, heap: HeapRoom): Answer {
  const parsed = parseBody(task.body, { maxValues: bodyValueLimit(entry.pkg, task.operation), heap });
  if ("problem" in parsed) return problemAnswer(parsed.problem);
  const body = parsed.value;
  const { id, version, roles } = entry.manifest;
  const roleIds = roles.map((role) => role.id);
  if (!isRecord(body) || !isRecord(body["submission"])) {
    return problemAnswer(problem("bad-request", 'Send {"role": …, "submission": {…}, "previous": {…}} as the body; "previous" may be left out.'));
  }
  const { role, submission, previous } = body;
  if (typeof role !== "string" || !roleIds.includes(role)) {
    return problemAnswer(problem("bad-request", `"role" must be one of the form's roles: ${roleIds.join(", ")}.`, { roles: roleIds }));
  }
  if (previous !== undefined && !isRecord(previous)) {
    return problemAnswer(problem("bad-request", '"previous" must be the previous submission, a JSON object, or be left out.'));
  }
  const violations = checkEdits(entry.pkg, role, previous ?? {}, submission);
  if (violations.length > 0) {
    const detail = `${violations.length} change(s) that the role "${role}" may not make; see violations.`;
    return problemAnswer(problem("forbidden-edits", detail, { form: { id, version }, role, violations }));
  }
  return { status: 200, problem: false, body: JSON.stringify({ allowed: true, form: { id, version }, role, violations }) };
}
