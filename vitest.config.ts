import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against sources; the built dist/ is exercised by the CLI and browser tests.
    alias: [
      { find: /^@cluster-form\/schema$/, replacement: src("schema") },
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
