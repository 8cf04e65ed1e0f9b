// Shared rollup setup: each package builds its src/ entry points to dist/ as ES modules with .d.ts files.
import typescript from "@rollup/plugin-typescript";

/**
 * @param {{ input: Record<string, string>, external?: (id: string) => boolean }} options
 */
export function libraryConfig({ input, external }) {
  return {
    input,
    output: { dir: "dist", format: "es", sourcemap: true, entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    external: external ?? ((id) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0")),
    plugins: [
      typescript({
        tsconfig: "./tsconfig.json",
        compilerOptions: { module: "ESNext", moduleResolution: "Bundler", outDir: "dist", declarationDir: "dist", declaration: true, noEmit: false, rootDir: "src" },
      }),
    ],
  };
}
