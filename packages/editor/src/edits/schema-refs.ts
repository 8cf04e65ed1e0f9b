/** Where a `$ref` between form files points: `../defs.schema.json#/$defs/honour` from `parts/x.schema.json`. */
import { parsePointer } from "@cluster-form/schema";

export interface RefTarget {
  /** Path relative to the form folder. */
  readonly file: string;
  readonly segments: readonly string[];
}

/** The file and pointer segments a `$ref` names, relative to the file it is written in (`#/…`: in that file). */
export function resolveRef(from: string, ref: string): RefTarget | undefined {
  const [target = "", fragment = ""] = ref.split("#");
  if (target === "") return { file: from, segments: parsePointer(fragment) };
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return { file: parts.join("/"), segments: parsePointer(fragment) };
}
