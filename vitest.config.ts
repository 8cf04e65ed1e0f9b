import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sourceEntries } from "./scripts/source-entries.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export default defineConfig({
  resolve: {
    // Tests run against sources; the built dist/ is exercised by the CLI and browser tests.
    alias: sourceEntries(root).map(({ specifier, source }) => ({ find: new RegExp(`^${escape(specifier)}$`), replacement: join(root, source) })),
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "examples/**/*.test.ts", "forms/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["test/support/property-settings.ts"],
    // The command remembers checked forms in the user's cache; tests (and the commands they start) keep theirs in the repository.
    env: { CLUSTER_FORM_CACHE: join(root, ".tmp/cli-cache") },
  },
});
