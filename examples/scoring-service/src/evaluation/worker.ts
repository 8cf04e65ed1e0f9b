/**
 * The worker thread of the evaluation pool (piscina): loads the forms once, then answers
 * submissions. A runaway task is ended by terminating this thread; the pool starts another.
 */
import { workerData } from "node:worker_threads";
import { loadCatalog } from "../catalog.js";
import type { Catalog } from "../catalog.js";
import { problem } from "../problem.js";
import { answer, problemAnswer } from "./answer.js";
import type { Answer, EditsTask, EvaluationTask } from "./answer.js";
import { editsAnswer } from "./edits.js";
import { heapHeld, heapRoom } from "./heap-room.js";

const { formsDir, heapMb } = workerData as { readonly formsDir: string; readonly heapMb: number };
/** Loads the forms (the main thread has loaded and checked them already) and compiles their validators, so no request pays for it. */
async function warmCatalog(): Promise<Catalog> {
  const loaded = await loadCatalog(formsDir, { checkForms: false });
  for (const { evaluator, manifest } of loaded.values()) {
    const empty = { form: { id: manifest.id, version: manifest.version }, data: {} };
    for (const mode of ["draft", "final"] as const) evaluator.evaluate(empty, { mode });
  }
  return loaded;
}

/** The forms, and the room they leave in the thread's heap: what stays between submissions is measured once. */
const warm = warmCatalog().then((catalog) => ({ catalog, heap: heapRoom(heapMb, heapHeld()) }));
warm.catch(() => undefined);

export default async function evaluate(task: EvaluationTask | EditsTask): Promise<Answer> {
  const { catalog, heap } = await warm;
  const entry = catalog.get(task.formId);
  if (!entry) return problemAnswer(problem("unknown-form", `No form with the id "${task.formId}".`));
  return task.operation === "edits" ? editsAnswer(entry, task, heap) : answer(entry, task, heap);
}
