import { libraryConfig } from "../../scripts/rollup-library.mjs";

export default libraryConfig({ input: { index: "src/index.ts", cli: "src/main.ts" } });
