/**
 * Standalone validators: ES module source that validates submissions of one form without Ajv and
 * without generating code at run time, so that a page can run under CSP `script-src 'self'`.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import type { FormPackage } from "../types.js";
import { createSubmissionAjv } from "../submission/ajv.js";
import { withGuardedChoices } from "../submission/choices.js";
import { composeSplit } from "../submission/compose.js";
import { deriveDraft, draftDerivable } from "../submission/draft.js";
import { FORMATS_NAME, formatsSource } from "../submission/formats.js";
import { pieceKeyword, ROUTER_NAME } from "../submission/piece-keyword.js";
import { submissionLimits } from "../submission/largest.js";
import { buildSubmissionSchema } from "../submission/schema.js";
import { splitPlan, splitSchemas } from "../submission/split.js";
import { inlineRequires } from "./inline-modules.js";

export interface StandaloneOptions {
  /**
   * How the module gets the Ajv runtime helpers and ajv-formats' formats it needs:
   * `inline` (the default: the helpers' code copied into the module, so it loads as is in a browser,
   * with no bundler and no import map; what `cluster-form build` ships), `package` (bare specifiers
   * such as `ajv/dist/runtime/equal.js`, for a bundler) or `absolute` (file URLs of this installation, for Node).
   */
  readonly imports?: "package" | "absolute" | "inline";
}

type StandaloneCode = (ajv: ReturnType<typeof createSubmissionAjv>, refs: Record<string, string>) => string;

// ajv/dist/standalone is CommonJS: the function is the module or its `default`, depending on the loader.
const standaloneCode = (typeof standaloneCodeModule === "function"
  ? standaloneCodeModule
  : (standaloneCodeModule as { default: StandaloneCode }).default) as StandaloneCode;

const require = createRequire(import.meta.url);

const withoutUseStrict = (code: string): string => (code.startsWith('"use strict";') ? code.slice('"use strict";'.length) : code);

/** Ajv writes `require("…")` for its runtime helpers even in ESM mode: turn each into an import. */
function requiresToImports(code: string, imports: "package" | "absolute"): string {
  const specifiers = new Map<string, string>();
  const body = code.replace(/require\((["'])([^"']+)\1\)/g, (_match, _quote: string, specifier: string) => {
    let name = specifiers.get(specifier);
    if (!name) {
      name = `cfModule${specifiers.size}`;
      specifiers.set(specifier, name);
    }
    return name;
  });
  const lines: string[] = [];
  for (const [specifier, name] of specifiers) {
    const withExtension = specifier.endsWith(".js") ? specifier : `${specifier}.js`;
    const target = imports === "absolute" ? pathToFileURL(require.resolve(withExtension)).href : withExtension;
    lines.push(`import * as ${name}Namespace from ${JSON.stringify(target)};`);
    // A CommonJS module arrives as `default` (Node) or as named exports (bundlers).
    lines.push(`const ${name} = cfInterop(${name}Namespace);`);
  }
  const interop = "function cfInterop(ns) { const d = ns.default; return d && d.__esModule ? d : ns; }";
  return ['"use strict";', interop, ...lines, withoutUseStrict(body)].join("\n");
}

/**
 * ES module source exporting `draft` and `final` validate functions for submissions of `pkg`.
 * Where the form allows it (./submission/draft.ts), only `final` is generated and `draft` is
 * derived from it by dropping the parts' `required` errors: about half the size. Where it can be
 * cut into pieces (./submission/split.ts), `final` is composed of them, and `split` exports them
 * for validators that validate again only the rows and parts that changed. `limits` carries the
 * form's limits on a submission (`submissionLimits`), so that validating never walks the schemas.
 */
export function compileStandaloneValidators(pkg: FormPackage, options: StandaloneOptions = {}): string {
  // The formats are the module's own (../submission/formats.ts), defined before the code that reads them.
  const ajv = createSubmissionAjv({ source: true, esm: true, lines: false, formats: FORMATS_NAME });
  const finalSchema = withGuardedChoices(buildSubmissionSchema(pkg, "final"));
  const plan = splitPlan(pkg, finalSchema);
  // The derivation's own source, written out (not evaluated here): the module stays free of eval.
  const deriving = `const cfDeriveDraft = ${deriveDraft.toString()};`;
  const derivedDraft = `${deriving}\nexport const draft = cfDeriveDraft(final);`;
  // The form's limits, so that a validator of this module never walks the schemas for them.
  const { maxBytes, maxDepth } = submissionLimits(pkg);
  const limits = `export const limits = ${JSON.stringify({ maxBytes, maxDepth })};`;
  let code: string;
  if (plan) {
    // The pieces (../submission/split.ts) and, written out as source too, the composition that makes
    // them `final`, exported with them: a validator remembering errors per object composes its own.
    const names = plan.points.map((_, index) => `piece${index}`);
    // The pieces' code reads the module's router (`ROUTER_NAME`), defined before it; this one only compiles them.
    ajv.addKeyword(pieceKeyword({ current: null }));
    splitSchemas(finalSchema, plan).forEach((schema, index) => ajv.addSchema(schema, names[index]));
    const generated = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, name])));
    code = [
      `const ${ROUTER_NAME.toString()} = { current: null };`,
      withoutUseStrict(generated),
      `const cfCompose = ${composeSplit.toString()};`,
      deriving,
      `export const split = { plan: ${JSON.stringify(plan)}, functions: [${names.join(", ")}], compose: (plan, functions, remember, draft) => cfCompose(plan, functions, remember, ${ROUTER_NAME.toString()}, draft), deriveDraft: cfDeriveDraft };`,
      "export const final = split.compose(split.plan, split.functions, false);",
      "export const draft = cfDeriveDraft(split.compose(split.plan, split.functions, false, true));",
      limits,
      "",
    ].join("\n");
  } else if (draftDerivable(pkg)) {
    ajv.addSchema(finalSchema, "final");
    code = `${standaloneCode(ajv, { final: "final" })}\n${derivedDraft}\n${limits}\n`;
  } else {
    ajv.addSchema(withGuardedChoices(buildSubmissionSchema(pkg, "draft")), "draft");
    ajv.addSchema(finalSchema, "final");
    code = `${standaloneCode(ajv, { draft: "draft", final: "final" })}\n${limits}\n`;
  }
  code = `${formatsSource()}\n${withoutUseStrict(code)}`;
  const header = `// Generated by cluster-form build (@cluster-form/cli) for form ${pkg.manifest.id} ${pkg.manifest.version}. Do not edit.`;
  const imports = options.imports ?? "inline";
  if (imports !== "inline") return `${header}\n${requiresToImports(code, imports)}\n`;
  const inlined = inlineRequires(withoutUseStrict(code), import.meta.url);
  return `${header}\n"use strict";\n${inlined.prelude}\n${inlined.code}\n`;
}
