export { healthRoute } from "./health.js";
export { openApiRoute } from "./openapi.js";
export { formsRoute } from "./forms.js";
export { submissionRoutes } from "./submissions.js";
