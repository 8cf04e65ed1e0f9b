/**
 * A text field with a `pattern` and neither `description` nor `placeholder`: whoever types it
 * wrong is told only that the format is wrong (the message never shows the regular expression),
 * with nothing to say what is wanted.
 */
import { message } from "../locales/all.js";
import { forEachSubschema } from "../schema-walk.js";
import type { CheckContext } from "./context.js";

export function checkPatternHints(context: CheckContext, file: string, schema: unknown): void {
  forEachSubschema(schema, (node, pointer) => {
    if (typeof node["pattern"] !== "string" || typeof node["description"] === "string" || typeof node["placeholder"] === "string") return;
    context.report("schema-pattern-unexplained", file, `${pointer}/pattern`, message("patternUnexplained"), "warning");
  });
}
