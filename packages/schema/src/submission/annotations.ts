/** Annotation keywords of the data-schema profile: shown by the renderer, ignored by validation. */
export const ANNOTATION_KEYWORDS = ["unit", "placeholder"] as const;
