// The same rules applied one by one with bare json-logic-js (a separate, untouched instance: see
// scoring.mjs) plus plain implementations of the form's custom operations (their `fn`,
// registered with add_operation), scoring the way the evaluator does: computed values in
// dependency order, applicability, checks, criteria (first / sum, clamped to their points;
// judgement leaves the score to the scorer), vetoes.
export function createBaseline(pkg, jsonLogic, operations) {
  for (const op of operations) jsonLogic.add_operation(op.name, op.fn);
  const form = { id: pkg.manifest.id, version: pkg.manifest.version, year: pkg.manifest.year };
  const rulesOf = pkg.parts.filter((p) => p.rules).map((p) => ({ part: p.ref.id, rules: inlineFormReads(p.rules, form) }));
  const computed = rulesOf.flatMap(({ rules }) => rules.computed ?? []);
  const order = dependencyOrder(computed);
  const applicability = rulesOf.flatMap(({ part, rules }) => (rules.applicability ?? []).map((a) => ({ pointer: `/data/${part}${a.field}`, when: a.when })));
  const checks = rulesOf.flatMap(({ rules }) => rules.checks ?? []);
  const criteria = rulesOf.flatMap(({ part, rules }) => (rules.criteria ?? []).map((c) => ({ ...c, evidence: (c.evidence ?? []).map((e) => `/data/${part}${e}`) })));
  const vetoes = rulesOf.flatMap(({ rules }) => rules.veto ?? []);
  const truthy = (value) => jsonLogic.truthy(value);
  const within = (pointer, list) => list.some((p) => pointer === p || pointer.startsWith(p + "/"));

  return (submission) => {
    const context = {};
    for (const part of pkg.parts) if (submission.data && Object.hasOwn(submission.data, part.ref.id)) context[part.ref.id] = submission.data[part.ref.id];
    context.$form = form;
    context.$computed = {};
    // Fields that do not apply are left out of what the rules read (they are not scored).
    const notApplicable = applicability.filter((a) => !truthy(jsonLogic.apply(a.when, context))).map((a) => a.pointer);
    for (const pointer of notApplicable) withoutField(context, pointer);
    const values = {};
    for (const def of order) {
      const value = jsonLogic.apply(def.logic, context);
      values[def.id] = value;
      let node = context.$computed;
      const segments = def.id.split(".");
      const last = segments.pop();
      for (const s of segments) node = node[s] ??= {};
      node[last] = value;
    }
    const failedChecks = checks.filter((c) => !truthy(jsonLogic.apply(c.assert, context))).map((c) => c.id);
    const scores = criteria.map((c) => {
      if (c.evidence.length > 0 && c.evidence.every((e) => within(e, notApplicable))) return null;
      let points = 0;
      let judgement = false;
      for (const branch of c.branches) {
        if (branch.when !== undefined && !truthy(jsonLogic.apply(branch.when, context))) continue;
        if (branch.judgement) judgement = true;
        else if (branch.logic !== undefined) points += jsonLogic.apply(branch.logic, context);
        else points += branch.points ?? 0;
        if (c.method !== "sum") break;
      }
      return judgement ? null : Math.min(Math.max(points, 0), c.points);
    });
    const vetoed = vetoes.some((v) => truthy(jsonLogic.apply(v.when, context)));
    return { computed: values, notApplicable, failedChecks, scores, vetoed };
  };
}

const SCOPING = new Set(["map", "filter", "reduce", "all", "none", "some"]);

/**
 * The framework lets `var` read `$form.*` and `$computed.*` inside row scopes (filter, map, …),
 * where json-logic-js's own `var` reads only the row. `$form` is the same for every submission,
 * so here its reads are written into the rules as constants once, as a plain json-logic-js user
 * would; a `$computed` read inside a row scope has no bare equivalent and stops the benchmark.
 */
function inlineFormReads(node, form, scoped = false) {
  if (Array.isArray(node)) return node.map((item) => inlineFormReads(item, form, scoped));
  if (node === null || typeof node !== "object") return node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === "var") {
    const path = Array.isArray(node.var) ? node.var[0] : node.var;
    if (typeof path === "string" && path.startsWith("$form.") && Object.hasOwn(form, path.slice(6))) return form[path.slice(6)];
    if (scoped && typeof path === "string" && path.startsWith("$computed.")) throw new Error(`the bare baseline cannot read ${path} inside a row scope`);
    return node;
  }
  const copy = {};
  for (const key of keys) {
    const value = node[key];
    copy[key] = SCOPING.has(key) && Array.isArray(value) ? value.map((arg, index) => inlineFormReads(arg, form, scoped || index > 0)) : inlineFormReads(value, form, scoped);
  }
  return copy;
}

/** Removes the field at a submission pointer (`/data/<part>/…`) from the context, copying the objects on its path. */
function withoutField(context, pointer) {
  const [, , ...segments] = pointer.split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments.pop();
  let parent = context;
  for (const segment of segments) {
    const child = parent[segment];
    if (child === null || typeof child !== "object") return;
    parent[segment] = Array.isArray(child) ? [...child] : { ...child };
    parent = parent[segment];
  }
  if (parent && typeof parent === "object") delete parent[last];
}

/** Computed values ordered so that each comes after those it reads (`$computed.<id>`). */
function dependencyOrder(defs) {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const reads = (logic, out = new Set()) => {
    if (Array.isArray(logic)) logic.forEach((l) => reads(l, out));
    else if (logic && typeof logic === "object") {
      for (const [op, args] of Object.entries(logic)) {
        const first = Array.isArray(args) ? args[0] : args;
        if (op === "var" && typeof first === "string" && first.startsWith("$computed.")) {
          const rest = first.slice("$computed.".length);
          const id = [...byId.keys()].filter((k) => rest === k || rest.startsWith(k + ".")).sort((a, b) => b.length - a.length)[0];
          if (id) out.add(id);
        }
        reads(args, out);
      }
    }
    return out;
  };
  const done = new Set();
  const ordered = [];
  const visit = (def) => {
    if (done.has(def.id)) return;
    done.add(def.id);
    for (const id of reads(def.logic)) visit(byId.get(id));
    ordered.push(def);
  };
  defs.forEach(visit);
  return ordered;
}
