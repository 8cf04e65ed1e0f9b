/** English messages of the static rule checks (`cluster-form lint`). */
import type { LintCatalog, SiteRef, ValueType } from "./lint.catalog.js";

const types: Record<ValueType, string> = {
  number: "a number",
  string: "a text",
  boolean: "a yes/no value",
  array: "a list",
  object: "an object",
  null: "empty",
};

const kinds: Record<SiteRef["kind"], string> = {
  computed: "computed value",
  applicability: "applicability rule of field",
  check: "check",
  criterion: "criterion",
  veto: "veto",
  summary: "summary-sheet column",
};

const site = (s: SiteRef): string =>
  [kinds[s.kind], s.owner ?? "", s.label && s.label !== s.owner ? `(${s.label})` : ""].filter(Boolean).join(" ");

const didYouMean = (suggestion?: string): string => (suggestion ? ` Did you mean "${suggestion}"?` : "");

/** Sum minus the points it should reach, in words. */
const howFar = (difference: number): string =>
  `${Math.abs(difference)} point${Math.abs(difference) === 1 ? "" : "s"} ${difference > 0 ? "too many" : "too few"}`;

export const lintEn: LintCatalog = {
  "lint.var.unknownPart": (p) =>
    `In ${site(p.site)}, "${p.path}" reads part "${p.part}", which the form does not have.${didYouMean(p.suggestion)} Correct the part id (see form.json "parts").`,
  "lint.var.unknownField": (p) =>
    `In ${site(p.site)}, "${p.path}" reads "${p.missing}", but ${p.parent} has no such field.${didYouMean(p.suggestion)} Correct the field name to one in the data schema.`,
  "lint.var.unknownRowField": (p) =>
    `In ${site(p.site)}, "${p.path}" reads "${p.missing}" of each row of ${p.array}, but its rows have no such column.${didYouMean(p.suggestion)} Correct the column name to one in the row schema ("items").`,
  "lint.var.unknownComputed": (p) =>
    `In ${site(p.site)}, "${p.path}" reads a computed value that no rules file defines.${didYouMean(p.suggestion)} Define it under "computed" or correct the id.`,
  "lint.var.unknownFormKey": (p) =>
    `In ${site(p.site)}, "${p.path}" is not one of $form.id, $form.version, $form.year.`,
  "lint.var.resultOutsideSummary": (p) =>
    `In ${site(p.site)}, "${p.path}" reads the evaluation result, which only summary-sheet columns can read.`,
  "lint.var.unknownParameter": (p) =>
    `In ${site(p.site)}, "${p.path}" reads a parameter the summary sheet does not declare (declared: ${p.declared || "none"}); only summary-sheet columns read $parameters.`,
  "lint.type.compare": (p) =>
    `In ${site(p.site)}, "${p.op}" compares ${p.left} (${types[p.leftType]}) with ${p.right} (${types[p.rightType]}); values of different kinds never match as intended. Compare like with like (a number field with a number, a text field with a text).`,
  "lint.type.operand": (p) =>
    `In ${site(p.site)}, "${p.op}" expects ${p.expected.map((t) => types[t]).join(" or ")} but ${p.operand} is ${types[p.actual]}.`,
  "lint.type.notAChoice": (p) =>
    `In ${site(p.site)}, "${p.path}" is compared with ${p.value}, which is not one of its choices (${p.choices}); the condition can never hold. Use one of the choices exactly.`,
  "lint.type.arity": (p) => `In ${site(p.site)}, "${p.op}" is given ${p.count} argument(s) but takes ${p.expected}.`,
  "lint.computed.cycle": (p) =>
    `Computed values depend on each other in a circle (${p.cycle}), so none of them can be worked out. Break the circle.`,
  "lint.points.criteriaSum": (p) =>
    p.changed
      ? `The criteria of ${p.part} add up to ${p.sum} points, but the part is worth ${p.points} (form.json): ${howFar(p.difference)}. Changed since the base form: ${p.changed}. Correct these points, or others so that the total stays ${p.points}.`
      : `The criteria of ${p.part} add up to ${p.sum} points (${p.terms}), but the part is worth ${p.points} (form.json): ${howFar(p.difference)}. Correct the criteria points or the part points.`,
  "lint.points.noCriteria": (p) => `${p.part} is worth ${p.points} points but has no criteria.`,
  "lint.points.partWithoutPoints": (p) =>
    `${p.part} has criteria worth ${p.sum} points but no "points" in form.json. Give the part its points.`,
  "lint.points.partsSum": (p) =>
    `The scoring parts add up to ${p.sum} points (${p.parts}), but "totalPoints" is ${p.total}: ${howFar(p.difference)}.${p.changed ? ` Changed since the base form: ${p.changed}.` : ""} Correct the part points or the total.`,
  "lint.judgement.range": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} asks for a judgement without a valid range (min ${p.min}, max ${p.max}). Give "min" and "max" as numbers with 0 ≤ min ≤ max.`,
  "lint.judgement.beyondPoints": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} allows a judgement up to ${p.max}, above the criterion's ${p.points} points. Lower "max".`,
  "lint.branch.beyondPoints": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} gives ${p.branchPoints} points, above the criterion's ${p.points}.`,
  "lint.branch.sumBeyondPoints": (p) =>
    `The branches of criterion ${p.criterion} add up to ${p.sum} points, above the criterion's ${p.points}.`,
  "lint.branch.negative": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} gives ${p.branchPoints} points; points cannot be negative.`,
  "lint.branch.none": (p) => `Criterion ${p.criterion} has no branches, so it can never be scored.`,
  "lint.branch.unreachable": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} can never apply: branch ${p.catchAll} has no condition and always decides first. Move the branch without "when" to the end.`,
  "lint.branch.kind": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} must give exactly one of "points", "logic" or "judgement".`,
  "lint.criterion.noText": (p) =>
    `Criterion ${p.criterion} has no scoring text (评分细则). Copy it verbatim from the handbook into "text".`,
  "lint.criterion.noBranchText": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} has no "text"; explanations would show nothing for it.`,
  "lint.criterion.textNumbers": (p) =>
    `The rule of criterion ${p.criterion} compares with ${p.rule}, which its scoring text does not mention, while the text says ${p.text}, which the rule does not use. Bring the text and the rule into agreement.`,
  "lint.criterion.branchTextNumbers": (p) =>
    `Branch ${p.branch} of criterion ${p.criterion} compares with ${p.rule}, which its text does not mention, while the text says ${p.text}, which the rule does not use. Bring the text and the rule into agreement.`,
  "lint.op.unknown": (p) =>
    `In ${site(p.site)}, "${p.op}" is not an operation of the rule language.${didYouMean(p.suggestion)} See docs/rules.md.`,
  "lint.op.refused": (p) => `In ${site(p.site)}, the operation "${p.op}" is not allowed in forms.`,
  "lint.op.notLogic": (p) =>
    `In ${site(p.site)}, an object with several keys (${p.keys}) is not an operation; it is taken as a plain value. An operation has exactly one key.`,
  "lint.rule.problem": (p) => `In ${site(p.site)}: ${p.problem}`,
};
