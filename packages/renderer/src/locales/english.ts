/** The element's English words: a chunk of the element's bundle of its own (./page-words.ts loads it). */
import { en } from "./en.js";
import { en as reviewEn } from "./review.en.js";

export const englishWords = { messages: en, review: reviewEn };
