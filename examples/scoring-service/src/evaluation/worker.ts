/**
 * The worker thread of the evaluation pool (piscina): loads the forms once, then answers
 * submissions. A runaway task is ended by terminating this thread; the pool starts another.
 */
import { workerData } from "node:worker_threads";
import { loadCatalog } from "../catalog.js";
import { problem } from "../problem.js";
import { answer, problemAnswer } from "./answer.js";
import type { Answer, EvaluationTask } from "./answer.js";

const { formsDir } = workerData as { readonly formsDir: string };
// The main thread loaded and checked the same forms before starting the pool.
const catalog = loadCatalog(formsDir, { checkForms: false });
catalog.catch(() => undefined);

export default async function evaluate(task: EvaluationTask): Promise<Answer> {
  const entry = (await catalog).get(task.formId);
  return entry ? answer(entry, task) : problemAnswer(problem("unknown-form", `No form with the id "${task.formId}".`));
}
