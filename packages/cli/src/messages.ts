/** The UI strings of the `cluster-form` command, in both languages: `cliCatalogs[lang]`. */
import type { Catalogs } from "@cluster-form/schema";
import type { CliCatalog } from "./locales/cli.catalog.js";
import { cliEn } from "./locales/cli.en.js";
import { cliZh } from "./locales/cli.zh.js";

export type { CliCatalog } from "./locales/cli.catalog.js";

export const cliCatalogs: Catalogs<CliCatalog> = { zh: cliZh, en: cliEn };
