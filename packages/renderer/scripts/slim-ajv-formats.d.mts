import type { Plugin } from "rollup";
/** The formats the data-schema profile allows (packages/schema/meta/data-schema.json). */
export function profileFormats(): string[];
export function slimAjvFormats(formats?: readonly string[]): Plugin;
