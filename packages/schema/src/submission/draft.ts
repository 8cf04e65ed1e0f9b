/**
 * A draft is a final submission that need not be complete: its schema is the final one without the
 * `required` keywords of the parts (see ./schema.ts). With `allErrors`, Ajv reports each missing
 * field as its own `required` error, so the draft's errors are the final errors minus those, and
 * one validate function serves both modes: half the generated code and half the compile time.
 *
 * That holds only where a `required` failing adds no other error: directly in properties, items and
 * allOf. Inside anyOf/oneOf (a branch would stop matching), then/else (Ajv adds an `if` error),
 * contains, dependentSchemas and the like it does not, and such forms get two validate functions.
 * Inside `if` and `not`, `required` is a condition kept in drafts too, so it is harmless.
 */
import { mapSchema } from "../schema-walk.js";
import type { CompiledValidateFunction, FormPackage } from "../types.js";

/** Keywords under which a failing `required` changes more than its own error. */
const ENTANGLING = new Set(["anyOf", "oneOf", "then", "else", "contains", "dependentSchemas", "propertyNames", "unevaluatedItems", "unevaluatedProperties"]);
/** Keywords under which `required` is a condition, the same in drafts (./schema.ts keeps it). */
const CONDITIONS = new Set(["if", "not"]);
const NAMED_SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** The schema keywords on the way to a pointer, leaving out property names. */
function keywordsOf(pointer: string): string[] {
  const segments = pointer.split("/").slice(1);
  return segments.filter((segment, i) => !NAMED_SCHEMA_MAPS.has(segments[i - 1] ?? "") && !/^\d+$/.test(segment));
}

/** True when every part schema lets draft errors be derived from final errors. */
export function draftDerivable(pkg: FormPackage): boolean {
  let derivable = true;
  for (const part of pkg.parts) {
    mapSchema(part.schema, (node, pointer) => {
      // A reference would report its errors at the referenced schema's path, outside the part.
      if (Object.hasOwn(node, "$ref") || Object.hasOwn(node, "$dynamicRef")) derivable = false;
      if (Object.hasOwn(node, "required")) {
        const keywords = keywordsOf(pointer);
        if (!keywords.some((k) => CONDITIONS.has(k)) && keywords.some((k) => ENTANGLING.has(k))) derivable = false;
      }
      return node;
    });
  }
  return derivable;
}

/**
 * The draft validate function of a final one. Self-contained (no outside names), because
 * `compileStandaloneValidators` writes its source into the generated module.
 */
export function deriveDraft(final: CompiledValidateFunction): CompiledValidateFunction {
  const draft = (data: unknown): boolean => {
    const kept = final(data)
      ? []
      : (final.errors ?? []).filter((error) => {
          const { keyword, schemaPath } = (error ?? {}) as { keyword?: unknown; schemaPath?: unknown };
          // The parts' own required fields; the envelope's (form, data, id, version) stay required in drafts.
          return !(keyword === "required" && typeof schemaPath === "string" && schemaPath.startsWith("#/properties/data/"));
        });
    draft.errors = kept.length > 0 ? kept : null;
    return kept.length === 0;
  };
  draft.errors = null as readonly unknown[] | null;
  return draft;
}
