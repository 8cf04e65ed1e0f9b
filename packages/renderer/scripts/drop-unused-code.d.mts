import type { Plugin } from "rollup";
export function dropUnusedCode(): Plugin;
