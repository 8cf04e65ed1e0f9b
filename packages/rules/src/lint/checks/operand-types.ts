/** Operands of the wrong kind: a number compared with a text field, a text in a sum, a value that is not one of a field's choices. */
import type { Shape } from "../analyzer.js";
import { childPointer } from "../../form-json/json.js";
import { lintMessage, type ValueType } from "../messages.js";
import { comparisonOf, kindsAt, signatureOf } from "../signatures.js";
import type { LintCheckDefinition } from "../types.js";
import { walkRule } from "../walk.js";

/** The kinds a value may have besides empty, or undefined when not known. */
function definite(shape: Shape): ReadonlySet<ValueType> | undefined {
  if (!shape.types) return undefined;
  const set = new Set([...shape.types].filter((t) => t !== "null"));
  return set.size > 0 ? set : undefined;
}

const disjoint = (a: ReadonlySet<ValueType>, b: ReadonlySet<ValueType>): boolean => ![...a].some((t) => b.has(t));
const firstOf = (set: ReadonlySet<ValueType>): ValueType => [...set][0] ?? "null";
const isPrimitive = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";
const describe = (shape: Shape, raw: unknown): string => shape.describe ?? JSON.stringify(raw) ?? "";
const formatChoices = (choices: readonly unknown[]): string => choices.map((c) => JSON.stringify(c)).join(", ");

export const operandTypes: LintCheckDefinition = {
  name: "operand-types",
  codes: ["lint.type.compare", "lint.type.operand", "lint.type.notAChoice", "lint.type.arity"],
  run(context) {
    for (const site of context.sites) {
      const siteRef = context.analyzer.siteRef(site);
      walkRule(site, context.analyzer, {
        operation({ op, args, argPointer, pointer, scope }) {
          const shapes = args.map((arg) => context.analyzer.infer(arg, scope));
          const notAChoice = (choiceShape: Shape, value: unknown, at: string): void => {
            if (!choiceShape.choices || !isPrimitive(value) || choiceShape.choices.includes(value)) return;
            context.report({
              code: "lint.type.notAChoice",
              severity: "error",
              file: site.file,
              pointer: at,
              message: lintMessage("lint.type.notAChoice", {
                site: siteRef,
                path: choiceShape.describe ?? "",
                value: JSON.stringify(value),
                choices: formatChoices(choiceShape.choices),
              }),
            });
          };

          const comparison = comparisonOf(op);
          if (comparison) {
            for (let i = 0; i + 1 < args.length && i < 2; i++) {
              const left = shapes[i] ?? {};
              const right = shapes[i + 1] ?? {};
              const leftTypes = definite(left);
              const rightTypes = definite(right);
              if (leftTypes && rightTypes && disjoint(leftTypes, rightTypes)) {
                context.report({
                  code: "lint.type.compare",
                  severity: "error",
                  file: site.file,
                  pointer: childPointer(pointer, op),
                  message: lintMessage("lint.type.compare", {
                    site: siteRef,
                    op,
                    left: describe(left, args[i]),
                    leftType: firstOf(leftTypes),
                    right: describe(right, args[i + 1]),
                    rightType: firstOf(rightTypes),
                  }),
                });
              } else if (comparison === "equality") {
                notAChoice(left, args[i + 1], argPointer(i + 1));
                notAChoice(right, args[i], argPointer(i));
              }
            }
            return;
          }

          if (op === "in" && args.length === 2) {
            const [needle, haystack] = shapes;
            if (needle?.choices && Array.isArray(args[1])) {
              args[1].forEach((value, j) => notAChoice(needle, value, childPointer(argPointer(1), j)));
            } else if (haystack?.schema && isPrimitive(args[0])) {
              const items = context.analyzer.rowShape(haystack);
              notAChoice(items, args[0], argPointer(0));
            }
            return;
          }

          const signature = signatureOf(op);
          if (!signature) return;
          if (args.length < signature.min || args.length > signature.max) {
            const expected = signature.min === signature.max ? String(signature.min) : signature.max === Infinity ? `≥ ${signature.min}` : `${signature.min}–${signature.max}`;
            context.report({
              code: "lint.type.arity",
              severity: "error",
              file: site.file,
              pointer: childPointer(pointer, op),
              message: lintMessage("lint.type.arity", { site: siteRef, op, count: args.length, expected }),
            });
          }
          shapes.forEach((shape, i) => {
            const param = kindsAt(signature, i);
            const actual = definite(shape);
            if (param === "any" || !actual || !disjoint(actual, new Set(param))) return;
            context.report({
              code: "lint.type.operand",
              severity: "error",
              file: site.file,
              pointer: argPointer(i),
              message: lintMessage("lint.type.operand", { site: siteRef, op, operand: describe(shape, args[i]), expected: param, actual: firstOf(actual) }),
            });
          });
        },
      });
    }
  },
};
