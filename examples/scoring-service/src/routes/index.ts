export { healthRoute } from "./health.js";
export { openApiRoute } from "./openapi.js";
export { formsRoute } from "./forms.js";
export { validateRoute } from "./validate.js";
export { scoreRoute } from "./score.js";
