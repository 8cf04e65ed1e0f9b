// Realistic 2020-handbook submissions for the benchmark, derived from examples/data/2020-handbook.sample.json:
// full tables, 20 enterprises, 10 organisations, 30 brand rows and 30 innovation rows, with figures,
// kinds and validity periods varied (seeded, so every run scores the same data).
import { fieldSchemaAt } from "../../packages/schema/dist/index.js";

/** mulberry32: a small seeded generator, so that runs are repeatable. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

/** Spread `total` rows over the lists of `groups` (`{ key: { items: [...] } }`), cloning and varying the sample rows. */
function fillGroups(groups, total, next, year) {
  const keys = Object.keys(groups).filter((k) => Array.isArray(groups[k]?.items));
  const templates = keys.flatMap((k) => groups[k].items);
  for (const key of keys) groups[key].items = [];
  for (let i = 0; i < total; i++) {
    const key = keys[i % keys.length];
    const own = groups[key].items;
    const template = structuredClone(pick(next, templates.filter((t) => Object.keys(t).length > 0)) ?? {});
    const from = year - 1 - Math.floor(next() * 6);
    const until = year - 2 + Math.floor(next() * 8);
    const row = { ...template, name: `${template.name ?? "row"} ${i + 1}`, year: from };
    if ("validFrom" in template) row.validFrom = `${from}-0${1 + Math.floor(next() * 9)}-15`;
    if ("validUntil" in template) {
      // One in ten has no end date (left blank on paper), which the rules count as not valid.
      if (next() < 0.1) delete row.validUntil;
      else row.validUntil = `${until}-12-31`;
    }
    if (key === "other" && "kind" in template) row.kind = template.kind;
    own.push(row);
  }
}

/** Vary every number of a part's fixed fields within its schema's bounds. */
function varyNumbers(pkg, node, pointer, next) {
  if (Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const path = `${pointer}/${key}`;
    if (value && typeof value === "object") varyNumbers(pkg, value, path, next);
    else if (typeof value === "number" && !/year/i.test(key)) {
      const schema = fieldSchemaAt(pkg, path) ?? {};
      let varied = value * (0.6 + next() * 0.8);
      if (typeof schema.maximum === "number") varied = Math.min(varied, schema.maximum);
      if (typeof schema.minimum === "number") varied = Math.max(varied, schema.minimum);
      node[key] = schema.type === "integer" ? Math.round(varied) : Math.round(varied * 10) / 10;
    }
  }
}

export function generateSubmissions(pkg, sample, count, seed = 2020) {
  const next = random(seed);
  const year = pkg.manifest.year;
  const kinds = [...new Set(sample.data.table6.organisations.map((o) => o.kind))];
  const submissions = [];
  for (let n = 0; n < count; n++) {
    const submission = structuredClone(sample);
    const { data } = submission;
    varyNumbers(pkg, data, "/data", next);
    const enterprises = sample.data.table2.enterprises;
    data.table2.enterprises = Array.from({ length: 20 }, (_, i) => {
      const row = structuredClone(enterprises[i % enterprises.length]);
      row.sales2020 = Math.round(row.sales2020 * (0.5 + next()));
      row.tax2020 = Math.round(row.tax2020 * (0.5 + next()));
      return row;
    });
    const organisations = sample.data.table6.organisations;
    data.table6.organisations = Array.from({ length: 10 }, (_, i) => ({
      ...structuredClone(organisations[i % organisations.length]),
      kind: pick(next, kinds),
      operating: next() < 0.8,
    }));
    fillGroups(data.table8.brands, 30, next, year);
    fillGroups(data.table9.innovation, 30, next, year);
    data.table9.projects = data.table9.projects.map((p) => ({ ...p, implemented: next() < 0.7 }));
    data.cover.agricultural = next() < 0.5;
    // Non-agricultural clusters answer whether their industry can register collective marks (table 8).
    data.cover.collectiveMarkRegistrable = next() < 0.5;
    submissions.push(submission);
  }
  return submissions;
}
