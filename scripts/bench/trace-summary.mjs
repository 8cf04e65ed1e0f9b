// Where a page's main thread spends its time, from Chromium trace events (devtools.timeline):
// the self time of each kind of work (nested events subtracted), scripts by URL.
const KINDS = [
  [/^(EvaluateScript|v8\.evaluateModule)$/, "run a script's top level"],
  [/^(v8\.compile|v8\.compileModule|CompileScript|CompileCode|v8\.produceModuleCache|v8\.produceCache)$/, "compile JavaScript"],
  [/^(FunctionCall|FireAnimationFrame|TimerFire|EventDispatch|RunMicrotasks|V8\.Execute|v8\.callFunction|v8\.run)$/, "run JavaScript (callbacks, microtasks)"],
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, "parse HTML and CSS"],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/, "style"],
  [/^Layout$/, "layout"],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage|RasterTask)$/, "paint and composite"],
  [/GC|^BlinkGC/, "garbage collection"],
  [/^(ResourceReceivedData|ResourceReceiveResponse|ResourceFinish|ResourceSendRequest)$/, "network events"],
];
const kindOf = (name) => KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? `other (${name})`;
const scriptOf = (event) => {
  const url = event.args?.data?.url ?? event.args?.data?.stackTrace?.[0]?.url ?? event.args?.data?.frames?.[0]?.url;
  return typeof url === "string" && url !== "" ? new URL(url).pathname.replace(/-[\w-]{8}\.js$/, "-….js") : undefined;
};

function busiestDispatcher(events) {
  const counts = new Map();
  for (const event of events) if (event.name === "EventDispatch") counts.set(`${event.pid}:${event.tid}`, (counts.get(`${event.pid}:${event.tid}`) ?? 0) + 1);
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!key) return undefined;
  const [pid, tid] = key.split(":").map(Number);
  return { pid, tid };
}

/** Self time per kind of work on the renderer's main thread up to `until` (ms after navigation start). */
export function summarizeTrace(events, until = Number.POSITIVE_INFINITY) {
  // The page's main thread: the one that parsed it, or (a page loaded before tracing began) the one that dispatched the most events.
  const main = events.find((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain" && events.some((e) => e.pid === event.pid && e.name === "ParseHTML")) ?? busiestDispatcher(events);
  const navigation = events.find((event) => event.name === "navigationStart" && event.pid === main?.pid) ?? events.find((event) => event.name === "navigationStart");
  const start = navigation?.ts ?? 0;
  const onMain = events
    .filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === "X" && typeof event.dur === "number" && event.ts >= start && event.ts <= start + until * 1000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const add = (key, micros) => self.set(key, (self.get(key) ?? 0) + micros);
  for (const event of onMain) {
    while (stack.length > 0 && stack[stack.length - 1].end <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const frame = { event, end: event.ts + event.dur, key: keyOf(event, parent) };
    if (parent) add(parent.key, -event.dur);
    add(frame.key, event.dur);
    stack.push(frame);
  }
  const total = [...self.values()].reduce((sum, micros) => sum + Math.max(0, micros), 0);
  return [...self]
    .filter(([key, micros]) => micros >= 5000 && !key.startsWith("task"))
    .sort((a, b) => b[1] - a[1])
    .map(([key, micros]) => ({ work: key, "self ms": Math.round(micros / 1000), share: `${((micros / total) * 100).toFixed(0)} %` }));
}

/** A script's work is named by its URL; events inside it inherit it (a layout forced by a script is still layout). */
function keyOf(event, parent) {
  if (event.name === "ThreadControllerImpl::RunTask" || event.name === "RunTask") return "task (waiting, scheduling)";
  const kind = kindOf(event.name);
  if (kind.startsWith("run") || kind === "compile JavaScript") {
    const script = scriptOf(event) ?? parent?.script;
    return script ? `${kind}: ${script}` : kind;
  }
  return kind;
}
