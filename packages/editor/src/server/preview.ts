/**
 * The preview's form, per checked revision: its bundle, and its validators built here as
 * `cluster-form build` builds them (Ajv's standalone code), so the page compiles nothing and its
 * Content-Security-Policy needs no 'unsafe-eval'. Validators depend only on the data schemas and the
 * manifest: they are built again only when one of those changed.
 */
import { bundleFormFiles, loadFormFiles, type FormPackage } from "@cluster-form/schema";
import { compileStandaloneValidators } from "@cluster-form/schema/build";
import { contentHash } from "./hash.js";

/** Checked revisions kept for the preview to fetch; older ones are gone (the page asks for the latest). */
const KEPT_REVISIONS = 4;
const KEPT_VALIDATORS = 2;

const MANIFEST = "form.json";

/** What the validators are built from: the manifest and every data schema. */
function schemaKey(texts: Readonly<Record<string, string>>): string {
  const paths = Object.keys(texts).filter((p) => p === MANIFEST || p.endsWith(".schema.json")).sort();
  return contentHash(paths.map((p) => `${p}\n${texts[p] ?? ""}`).join("\n\0"));
}

export class PreviewForms {
  readonly #revisions = new Map<number, Readonly<Record<string, string>>>();
  readonly #validators = new Map<string, Promise<string>>();
  #latest = 0;

  /** Keeps the texts of a checked revision; returns its number. */
  remember(texts: Readonly<Record<string, string>>): number {
    const revision = ++this.#latest;
    this.#revisions.set(revision, texts);
    this.#revisions.delete(revision - KEPT_REVISIONS);
    return revision;
  }

  async #form(revision: number): Promise<FormPackage | undefined> {
    const texts = this.#revisions.get(revision);
    return texts ? loadFormFiles({ origin: "editor", files: texts }) : undefined;
  }

  /** The form of a revision as `cluster-form build` bundles it; undefined when the revision is gone. */
  async bundle(revision: number): Promise<unknown> {
    const pkg = await this.#form(revision);
    return pkg ? bundleFormFiles(pkg) : undefined;
  }

  /** The validators module of a revision (ES module source, no eval); undefined when the revision is gone. */
  async validators(revision: number): Promise<string | undefined> {
    const texts = this.#revisions.get(revision);
    if (!texts) return undefined;
    const key = schemaKey(texts);
    let module = this.#validators.get(key);
    if (!module) {
      module = loadFormFiles({ origin: "editor", files: texts }).then((pkg) => compileStandaloneValidators(pkg, { imports: "inline" }));
      // A build that failed is not kept: the next revision tries again.
      module.catch(() => this.#validators.delete(key));
      if (this.#validators.size >= KEPT_VALIDATORS) this.#validators.delete(this.#validators.keys().next().value ?? "");
      this.#validators.set(key, module);
    }
    return module;
  }
}
