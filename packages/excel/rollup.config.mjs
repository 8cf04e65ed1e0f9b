import { libraryConfig } from "../../scripts/rollup-library.mjs";

export default libraryConfig({ input: { index: "src/index.ts", node: "src/node.ts" } });
