import { memoized, parsePointer } from "@cluster-form/schema";

/** A JSON pointer's segments, parsed once per pointer: drawing asks for the same pointers on every keystroke (a rule var's dotted path is the rules' dottedPathSegments). */
export const pointerSegments: (pointer: string) => readonly string[] = memoized(parsePointer);
