import { libraryConfig } from "../../scripts/rollup-library.mjs";

export default libraryConfig({ input: { index: "src/index.ts", node: "src/node.ts", cli: "src/cli/main.ts", excel: "src/excel/index.ts", "excel-node": "src/excel-node.ts" } });
