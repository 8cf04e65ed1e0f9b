import type { Plugin } from "rollup";
export function slimAjv(): Plugin;
export function refuseOutsideProfile(): Plugin;
