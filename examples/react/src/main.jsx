import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Defines <cluster-form> from the ES module build of @cluster-form/renderer (Lit is shared with the app's bundle).
import "@cluster-form/renderer/define";
import { App } from "./App.jsx";

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
