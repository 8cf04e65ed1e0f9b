/** The element's words for reviewing and undoable actions, in the language of the element's `lang`. */
import { langOf, type Catalogs } from "@cluster-form/schema";
import type { ReviewMessages } from "./review.catalog.js";
import { en } from "./review.en.js";
import { zh } from "./review.zh.js";

export type { ReviewMessages } from "./review.catalog.js";

export const reviewCatalogs: Catalogs<ReviewMessages> = { zh, en };

export const reviewMessagesFor = (lang: string): ReviewMessages => reviewCatalogs[langOf(lang)];
