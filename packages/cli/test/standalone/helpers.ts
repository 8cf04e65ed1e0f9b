/** Paths the tests of the validators `cluster-form build` writes read. */
import { fileURLToPath } from "node:url";

/** A path in the repository (the real forms, the examples' sample data). */
export const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** The real forms of the repository. */
export const FORMS = ["2020-handbook", "2021-application"] as const;
