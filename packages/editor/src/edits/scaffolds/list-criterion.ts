/**
 * "Count of listed X (within their validity) ≥ N → P points": a new list and the criterion it feeds,
 * written in every file involved, as the forms wire their own lists:
 * - the part's schema: the list (beside the part's other listed rows when it has a count grid, as a
 *   row like theirs; otherwise a list of its own with the columns given);
 * - the layout: the grid's row and the list's input block (and a criteria block if the part has none);
 * - the rules: the grid's computed counts, named by the grid's naming rule (`table8.count.{row}`),
 *   or `<part>.count.<list>` / `<part>.valid.<list>`, and the criterion;
 * - form.json: the points, taken from the criteria named (the total kept) or added to the part and total;
 * - tests: the expectations the points taken change, and a stub case at the threshold to fill in.
 */
import { isRecord, joinPointer, parsePointer, schemaAtPointer, type DataSchema, type FormPackage, type LayoutBlock, type RepeatBlock } from "@cluster-form/schema";
import { loadForm } from "../form.js";
import { idFromLabel, keyFromLabel, unique } from "../ids.js";
import { recognize, toRule } from "../shapes/index.js";
import { ChangeBuilder } from "../text-edits.js";
import type { FormTexts, ListCriterionArgs, RuleShape, ScaffoldResult } from "../types.js";
import { columnsOf, countGrid } from "./count-grid.js";
import { columnSchema, placeholder, schemaPath } from "./field-schema.js";
import { arrayAt, partFiles, refuse, rulesFileOf, rulesValue, type PartFiles } from "./part.js";
import { givePoints } from "./points.js";
import { addTestCase, dataAt, updateExpectations } from "./tests.js";

const DEFAULT_MIN_ROWS = 3;
const DEFAULT_MAX_ITEMS = 30;

/** The count a criterion reads: listed items with their first column filled (and within validity). */
function countShape(list: string, columns: readonly [string, DataSchema][], validity: boolean, label: string, files: PartFiles): RuleShape {
  const name = columns.find(([, s]) => s.type === "string" && s.format !== "date")?.[0];
  const dates = columns.filter(([, s]) => s.format === "date").map(([key]) => key);
  const conditions: RuleShape[] = name === undefined ? [] : [{ kind: "filled", subject: { kind: "value", path: name } }];
  if (validity) {
    const [from, until] = dates;
    if (from === undefined || until === undefined) throw refuse(files.schema, "", (t) => t.noValidityColumns(label));
    conditions.push({ kind: "validIn", from, until });
  }
  const where: RuleShape | undefined = conditions.length > 1 ? { kind: "all", of: conditions } : conditions[0];
  return where ? { kind: "listCount", list, where } : { kind: "listCount", list };
}

/** The JSON-Logic `var` path of a field of part `partId` (`/brands/x/items` → `table8.brands.x.items`). */
const varPath = (partId: string, pointer: string): string => [partId, ...parsePointer(pointer)].join(".");

const hasValidity = (shape: RuleShape | null): boolean => JSON.stringify(shape ?? {}).includes('"validIn"');

/** A computed value's logic with one list path put in place of another (a grid row's count copied for a new row). */
function renamedList(logic: unknown, from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(logic, (_key, value: unknown) => (isRecord(value) && value.var === from ? { var: to } : value)));
}

function criteriaPrefix(pkg: FormPackage, partId: string): string {
  const first = pkg.parts.find((p) => p.ref.id === partId)?.rules?.criteria?.[0]?.id;
  return first?.includes(".") ? first.slice(0, first.lastIndexOf(".") + 1) : `${partId}.`;
}

const allCriterionIds = (pkg: FormPackage): string[] => pkg.parts.flatMap((p) => (p.rules?.criteria ?? []).map((c) => c.id));
const allComputedIds = (pkg: FormPackage): string[] => pkg.parts.flatMap((p) => (p.rules?.computed ?? []).map((c) => c.id));

/** The criteria block of another part, copied for a part that has none (its headers are the form's words). */
function criteriaBlockOf(pkg: FormPackage): LayoutBlock {
  for (const part of pkg.parts) {
    const block = part.layout.blocks.find((b) => b.widget === "criteria");
    if (block) return structuredClone(block);
  }
  return { widget: "criteria" };
}

export async function addListCriterion(texts: FormTexts, pkg: FormPackage, args: ListCriterionArgs): Promise<ScaffoldResult> {
  const { list, criterion } = args;
  const files = partFiles(pkg, list.part);
  const partId = files.part.ref.id;
  const builder = new ChangeBuilder(texts);
  const blocks = files.part.layout.blocks;
  const grid = countGrid(blocks, files.part.schema, builder.value(files.schema), Boolean(criterion.withinValidity));
  const parent = grid?.parent ?? "";
  const parentSchema = schemaAtPointer(files.part.schema, parent);
  const key = list.id ?? unique(keyFromLabel(list.label), Object.keys(parentSchema?.properties ?? {}));
  if (Object.hasOwn(parentSchema?.properties ?? {}, key)) throw refuse(files.schema, parent, (t) => t.keyTaken(key));
  const rowPointer = joinPointer(parent, key);
  const listPointer = grid ? joinPointer(rowPointer, "items") : rowPointer;
  const listPath = varPath(partId, listPointer);
  const templatePointer = grid ? joinPointer(parent, grid.templateRow) : "";
  const rulesFile = rulesFileOf(builder, files);
  const made: Record<string, string> = { list: listPointer };

  // Schema: a row like the grid's others, or a list of the columns given.
  let itemSchema: DataSchema | undefined;
  if (grid) {
    const template = structuredClone(builder.value(files.schema)) as Record<string, unknown>;
    let row: unknown = template;
    for (const step of schemaPath(templatePointer)) row = isRecord(row) ? row[step] : undefined;
    if (!isRecord(row) || !isRecord(row.properties) || !isRecord(row.properties.items)) throw refuse(files.schema, parent, (t) => t.noList(partId, parent));
    const items = row.properties.items;
    if (list.columns?.length) items.items = itemsSchema(pkg, list.columns);
    if (list.maxItems !== undefined) items.maxItems = list.maxItems;
    builder.set(files.schema, schemaPath(rowPointer), { ...row, title: list.label, properties: { ...row.properties, items: { ...items, title: list.label } } });
    itemSchema = list.columns?.length ? undefined : schemaAtPointer(files.part.schema, joinPointer(templatePointer, "items"))?.items as DataSchema | undefined;
  } else {
    if (!list.columns?.length) throw refuse(files.schema, "", (t) => t.noColumns(list.label));
    builder.set(files.schema, schemaPath(rowPointer), { type: "array", title: list.label, maxItems: list.maxItems ?? DEFAULT_MAX_ITEMS, items: itemsSchema(pkg, list.columns) });
  }
  itemSchema ??= list.columns?.length ? (itemsSchema(pkg, list.columns) as DataSchema) : undefined;
  const columns = columnsOf(itemSchema);

  // Layout: the grid's row, the list's input block after the part's last list, a criteria block.
  const repeats = blocks.map((b, i) => [b, i] as const).filter((entry): entry is readonly [RepeatBlock, number] => entry[0].widget === "repeat");
  const templateRepeat = grid ? repeats.find(([b]) => b.field === joinPointer(templatePointer, "items"))?.[0] : undefined;
  const repeat: RepeatBlock = {
    ...(templateRepeat ? structuredClone(templateRepeat) : { widget: "repeat", numbered: true }),
    id: key,
    title: list.label,
    field: listPointer,
    minRows: list.minRows ?? templateRepeat?.minRows ?? DEFAULT_MIN_ROWS,
    columns: list.columns?.length || !templateRepeat ? columns.map(([column]) => ({ key: column })) : structuredClone(templateRepeat.columns),
  };
  const criteriaAt = blocks.findIndex((b) => b.widget === "criteria");
  const after = repeats.filter(([b]) => b.field.startsWith(`${parent}/`)).at(-1)?.[1];
  builder.insert(files.layout, ["blocks"], after !== undefined ? after + 1 : criteriaAt >= 0 ? criteriaAt : -1, repeat);
  if (grid) builder.insert(files.layout, ["blocks", grid.blockIndex, "rows"], -1, { field: rowPointer });
  if (criteriaAt < 0) builder.insert(files.layout, ["blocks"], -1, criteriaBlockOf(pkg));

  // Computed: the grid's counts for the new row, and the count the criterion reads.
  const computedIds = allComputedIds(pkg);
  const computedNow = (): readonly unknown[] => arrayAt(rulesValue(builder, rulesFile), "computed");
  let countId: string | undefined;
  const templateList = grid ? varPath(partId, joinPointer(templatePointer, "items")) : "";
  for (const column of grid?.block.columns ?? []) {
    if (typeof column.computed !== "string") continue;
    const template = (files.part.rules?.computed ?? []).find((c) => c.id === column.computed?.replace("{row}", grid?.templateRow ?? ""));
    if (!template) continue;
    const id = column.computed.replace("{row}", key);
    const rowTitle = schemaAtPointer(files.part.schema, templatePointer)?.title ?? "";
    const label = template.label.startsWith(rowTitle) ? list.label + template.label.slice(rowTitle.length) : `${list.label}${column.label ?? ""}`;
    const logic = renamedList(template.logic, templateList, listPath);
    const group = computedNow().map((c, i) => [c, i] as const).filter(([c]) => isRecord(c) && typeof c.id === "string" && c.id.startsWith(column.computed?.split("{row}")[0] ?? "\0"));
    builder.insert(rulesFile, ["computed"], (group.at(-1)?.[1] ?? computedNow().length - 1) + 1, { id, label, ...(template.unit ? { unit: template.unit } : {}), logic });
    computedIds.push(id);
    if (hasValidity(recognize(logic)) === Boolean(criterion.withinValidity) && recognize(logic)?.kind === "listCount") countId = id;
  }
  if (countId === undefined) {
    countId = unique(`${partId}.${criterion.withinValidity ? "valid" : "count"}.${key}`, computedIds);
    const logic = toRule(countShape(listPath, columns, Boolean(criterion.withinValidity), list.label, files));
    builder.insert(rulesFile, ["computed"], -1, { id: countId, label: criterion.label, ...(criterion.unit ? { unit: criterion.unit } : {}), logic });
  }
  made.count = countId;

  // The criterion, after the part's others, in their style (`override` as theirs).
  const siblings = files.part.rules?.criteria ?? [];
  const id = criterion.id ?? idFromLabel(criterion.label, { prefix: criteriaPrefix(pkg, partId), taken: allCriterionIds(pkg) });
  made.criterion = id;
  const compare: RuleShape = { kind: "compare", subject: { kind: "value", path: `$computed.${countId}` }, op: criterion.op, value: criterion.threshold };
  builder.insert(rulesFile, ["criteria"], -1, {
    id,
    label: criterion.label,
    points: criterion.points,
    ...(siblings.length > 0 && siblings.every((c) => c.override === true) ? { override: true } : {}),
    text: criterion.text,
    method: "first",
    branches: [
      { when: toRule(compare), points: criterion.points, text: criterion.branchText ?? criterion.text },
      { points: 0, text: criterion.otherwiseText },
    ],
    evidence: [rowPointer],
  });

  // Points: taken from the criteria named; what is not taken raises the part and the total.
  givePoints(builder, pkg, files.index, criterion.points, args.takeFrom ?? []);
  const changed = builder.snapshot();
  if (args.takeFrom?.length) updateExpectations(builder, changed, await loadForm(changed), args.takeFrom.map((t) => t.criterion));

  // The stub: as many listed items as reach the threshold, their words left blank to fill in.
  const needed = Math.max(0, criterion.op === ">" ? Math.floor(criterion.threshold) + 1 : Math.ceil(criterion.threshold));
  made.testFile = addTestCase(builder, pkg, partId, {
    name: args.testName,
    submission: { data: dataAt(partId, listPointer, Array.from({ length: needed }, () => blankItem(columns, pkg.manifest.year))) },
    expect: { criteria: { [id]: { computed: criterion.points } }, computed: { [countId]: needed } },
  });
  return { ...builder.result(), made };
}

/** A listed item for a stub: its words blank, its validity (the first two dates) the form's year. */
function blankItem(columns: readonly [string, DataSchema][], year: number): Record<string, unknown> {
  const dates = columns.filter(([, s]) => s.format === "date").map(([k]) => k);
  return Object.fromEntries(columns.map(([column, schema]) => [column, placeholder(schema, year, column === dates[1] ? "end" : "start")]));
}

/** The schema of a listed item from the columns given. */
function itemsSchema(pkg: FormPackage, columns: NonNullable<ListCriterionArgs["list"]["columns"]>): Record<string, unknown> {
  const keys: string[] = [];
  const properties: Record<string, unknown> = {};
  for (const column of columns) {
    const key = column.id ?? unique(keyFromLabel(column.label), keys);
    keys.push(key);
    properties[key] = columnSchema(pkg, column);
  }
  return { type: "object", properties, required: keys };
}
