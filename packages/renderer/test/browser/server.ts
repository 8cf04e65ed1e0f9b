/** The renderer's browser tests serve the repository with the shared static server. */
export { repoRoot, startServer, type Route, type StaticServer } from "../../../../test/support/static-server.js";
