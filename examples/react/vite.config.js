// A plain Vite build: React's JSX through esbuild, no plugin needed; relative asset URLs so that
// dist/ can be served from any folder.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic" },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  // The form files and the sample live outside this folder, in the repository.
  server: { fs: { allow: ["../.."] } },
});
