import type { Plugin } from "rollup";
export function pruneCatalogs(options: { include: RegExp }): Plugin;
