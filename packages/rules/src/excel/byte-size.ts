/** A size in bytes as people read it in a message: `490.2 MB` (binary megabytes, as file managers count). */
export const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
