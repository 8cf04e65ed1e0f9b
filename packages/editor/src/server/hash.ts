/** The content hash by which a save knows whether a file changed on disk since the editor read it. */
import { createHash } from "node:crypto";

export const contentHash = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
