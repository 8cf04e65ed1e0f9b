import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, entry = "index"): string =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against sources; the built dist/ is exercised by the CLI and browser tests.
    alias: [
      { find: /^@cluster-form\/schema$/, replacement: src("schema") },
      { find: /^@cluster-form\/schema\/node$/, replacement: src("schema", "node") },
      { find: /^@cluster-form\/schema\/pointer$/, replacement: src("schema", "pointer") },
      { find: /^@cluster-form\/rules\/node$/, replacement: src("rules", "node") },
      { find: /^@cluster-form\/excel\/node$/, replacement: src("excel", "node") },
      { find: /^@cluster-form\/excel$/, replacement: src("excel") },
      { find: /^@cluster-form\/cli$/, replacement: src("cli") },
      { find: /^@cluster-form\/rules$/, replacement: src("rules") },
      { find: /^@cluster-form\/renderer$/, replacement: src("renderer") },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "examples/**/*.test.ts", "forms/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
