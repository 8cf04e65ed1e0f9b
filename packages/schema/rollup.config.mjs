import json from "@rollup/plugin-json";
import { libraryConfig } from "../../scripts/rollup-library.mjs";

// The meta-schemas (meta/*.json) are inlined into the bundle, so that the browser build has them.
const config = libraryConfig({ input: { index: "src/index.ts", node: "src/node.ts", pointer: "src/pointer.ts", compiler: "src/compiler.ts", build: "src/build.ts" } });
config.plugins = [json({ preferConst: true }), ...config.plugins];

export default config;
