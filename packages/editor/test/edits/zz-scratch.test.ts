import { it } from "vitest";
import { buildOutline, loadForm } from "../../src/edits/index.js";
import { readFormTexts } from "../../src/edits-node.js";
import { formFolder } from "./support.js";
it("dump", async () => {
  for (const n of ["2020-handbook", "2021-application"] as const) {
    const o = buildOutline(await loadForm(await readFormTexts(formFolder(n))));
    const walk = (fs: any[], d: number) => { for (const f of fs) { console.log(" ".repeat(d) + f.kind, f.path, f.key, f.label, f.unit ?? ""); if (f.fields) walk(f.fields, d + 1); if (f.columns) walk(f.columns, d + 2); } };
    for (const p of o.parts) { console.log("PART", p.id, p.title); walk(p.fields as any[], 1); for (const c of p.computed) console.log("  C", c.id, c.label, c.unit ?? ""); }
  }
});
