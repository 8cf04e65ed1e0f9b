/** Paths inside a form folder: always `/`-separated, relative, never leaving the folder. */

/** The normalised form of a relative path, or undefined when it is absolute or leaves the folder. */
export function normalizeRelativePath(path: string): string | undefined {
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(path)) return undefined;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out.length > 0 ? out.join("/") : undefined;
}

/** `target` resolved against the folder of `from` (both relative to the form folder). */
export function resolveRelative(from: string, target: string): string | undefined {
  const folder = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return normalizeRelativePath(folder + target);
}
