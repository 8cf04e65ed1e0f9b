/**
 * custom-elements.json (what editors and tools read) against the elements themselves: every tag the
 * sources define, every custom property their stylesheets read (less those the element sets on its
 * own nodes), and paths that name modules the package ships.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("../../", import.meta.url));
const source = (file: string): string => readFileSync(join(pkgDir, "src", file), "utf8");

interface Declaration {
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly cssProperties?: readonly { readonly name: string; readonly default?: string; readonly description?: string }[];
}
interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[]; readonly exports?: readonly { readonly kind: string; readonly name: string; readonly declaration: { readonly module?: string } }[] }[];
}

const manifest = JSON.parse(readFileSync(join(pkgDir, "custom-elements.json"), "utf8")) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const element = (tag: string): Declaration | undefined => elements.find((d) => d.tagName === tag);

/** Custom properties a stylesheet's source reads with var(). */
const readProperties = (text: string): Set<string> => new Set([...text.matchAll(/var\((--cf-[\w-]+)/g)].map((m) => m[1] as string));

/** Custom properties the element's templates set on its own nodes (styleMap keys): internal, not for pages. */
const internalProperties = new Set(
  ["widgets", "controls"].flatMap((dir) => readdirSync(join(pkgDir, "src", dir)).flatMap((file) => [...source(`${dir}/${file}`).matchAll(/"(--cf-[\w-]+)":/g)].map((m) => m[1] as string))),
);

/** The tags the sources register: customElements.define with a string, or with the constant holding it. */
function definedTags(): string[] {
  return ["components/cluster-form/cluster-form.ts", "components/cluster-form-excel/cluster-form-excel.ts"].flatMap((file) => {
    const text = source(file);
    return [...text.matchAll(/customElements\.define\(\s*(?:"([^"]+)"|(\w+))/g)].map((m) => m[1] ?? new RegExp(`const ${m[2]} = "([^"]+)"`).exec(text)?.[1] ?? `unresolved ${m[2]}`);
  });
}

describe("custom-elements.json", () => {
  it("declares every element the package defines, by tag", () => {
    const tags = definedTags();
    expect(tags.sort()).toEqual(["cluster-form", "cluster-form-excel"]);
    expect(elements.map((d) => d.tagName).sort()).toEqual(tags);
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === "custom-element-definition");
    expect(definitions.map((d) => d.name).sort()).toEqual(tags);
  });

  it("documents every custom property each element's stylesheet reads, and no other", () => {
    const sheets: Record<string, string> = { "cluster-form": source("components/cluster-form/cluster-form.styles.ts"), "cluster-form-excel": source("components/cluster-form-excel/cluster-form-excel.styles.ts") };
    for (const [tag, text] of Object.entries(sheets)) {
      const read = [...readProperties(text)].filter((name) => !internalProperties.has(name)).sort();
      const documented = (element(tag)?.cssProperties ?? []).map((p) => p.name).sort();
      expect(documented, tag).toEqual(read);
      for (const property of element(tag)?.cssProperties ?? []) expect(property.description, `${tag} ${property.name}`).toBeTruthy();
    }
    expect(element("cluster-form")?.cssProperties?.map((p) => p.name)).toEqual(expect.arrayContaining(["--cf-line-color", "--cf-warning-color", "--cf-ok-color"]));
  });

  it("gives the defaults the stylesheet declares on :host", () => {
    const host = /:host\s*\{([^}]*)\}/.exec(source("components/cluster-form/cluster-form.styles.ts"))?.[1] ?? "";
    for (const [, name, value] of host.matchAll(/(--cf-[\w-]+):\s*([^;]+);/g)) {
      const documented = element("cluster-form")?.cssProperties?.find((p) => p.name === name);
      // Font stacks are long: the manifest says what they are for; colours and sizes carry their value.
      if (!/font-family/.test(name ?? "")) expect(documented?.default, name).toBe(value?.trim());
    }
  });

  it("names shipped modules (dist/*.js) that the build wrote", () => {
    const paths = manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module ?? m.path)]);
    for (const path of paths) {
      expect(path).toMatch(/^dist\/[\w-]+\.js$/);
      expect(existsSync(join(pkgDir, path)), path).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { customElements: string; files: string[]; exports: Record<string, unknown> };
    expect(pkg.customElements).toBe("custom-elements.json");
    expect(pkg.files).toContain("custom-elements.json");
    expect(pkg.exports["./custom-elements.json"]).toBe("./custom-elements.json");
  });
});
