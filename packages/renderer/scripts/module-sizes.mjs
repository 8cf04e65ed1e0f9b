// Per-module sizes of the renderer's self-contained bundles (each module minified alone, so the
// figures add up to a little more than the bundle). `node scripts/module-sizes.mjs bundle|csp|excel`;
// FLAT=1 lists single modules instead of packages/folders, NOMIN=1 skips minifying (faster).
import { rollup } from "rollup";
import { createRequire } from "node:module";
const { minify } = createRequire(import.meta.resolve("@rollup/plugin-terser"))("terser");
import { gzipSync } from "node:zlib";
process.env.CF_BUILDS = process.argv[2] ?? "bundle";
const { default: configs } = await import(process.cwd() + "/rollup.config.mjs");
for (const config of configs) {
  const b = await rollup({ ...config, onwarn: () => {} });
  const out = Array.isArray(config.output) ? config.output[0] : config.output;
  const { output } = await b.generate(out);
  for (const chunk of output) {
    if (chunk.type !== "chunk") continue;
    console.log(`\n== ${chunk.fileName}  min ${(chunk.code.length/1024).toFixed(1)} KB gzip ${(gzipSync(chunk.code,{level:9}).length/1024).toFixed(1)} KB`);
    const groups = new Map();
    for (const [id, m] of Object.entries(chunk.modules)) {
      if (!m.code) continue;
      let size = m.code.length; if (process.env.NOMIN) { groups.set(id, m.code.length); continue; }
      try { size = (await minify(m.code, { module: true, compress: false, mangle: true })).code.length; } catch { /* a fragment terser cannot parse alone: its rendered size */ }
      const key = id.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/^.*\/packages\//, "packages/");
      const g = process.env.FLAT ? key : key.replace(/^((@[^/]+\/)?[^/]+)\/.*$/, (s, p) => p.startsWith("packages") ? key.split("/").slice(0,4).join("/") : p);
      groups.set(g, (groups.get(g) ?? 0) + size);
    }
    [...groups].sort((a,b)=>b[1]-a[1]).filter(([,s])=>s>300).forEach(([k,s])=>console.log(`${(s/1024).toFixed(1).padStart(7)} KB  ${k}`));
  }
  await b.close();
}
