/** The element's words for reviewing and undoable actions, in the language of the element's `lang` (./page-words.ts). */
import { wordsFor } from "./page-words.js";
import type { ReviewMessages } from "./review.catalog.js";

export type { ReviewMessages } from "./review.catalog.js";

export const reviewMessagesFor = (lang: string): ReviewMessages => wordsFor(lang).review;
