/** One JSON document holding a whole form: what the browser loads in one request and the CLI `build` writes. */
import type { FormFiles, FormPackage } from "../types.js";

export interface BundleOptions {
  /** Shown as the origin of the loaded bundle. Default `<form id>@<version>`: a bundle is published, so no local path leaks into it. */
  readonly origin?: string;
}

export function bundleFormFiles(pkg: FormPackage, options: BundleOptions = {}): FormFiles {
  const files: Record<string, string> = {};
  for (const [path, source] of pkg.sources) files[path] = source.text;
  return { origin: options.origin ?? `${pkg.manifest.id}@${pkg.manifest.version}`, files };
}
