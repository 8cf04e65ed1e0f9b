// The peer of the first-render benchmark (scripts/bench-first-render.mjs): the 2020 handbook's data
// schemas and a submission with 200 rows in 表2, drawn by JSON Forms with React and its vanilla
// renderers. The vanilla set has no renderer for an object control, so the layout is derived here as
// JSON Forms derives it, with a group for each object: every field an input, a table for each list.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { JsonForms } from "@jsonforms/react";
import { vanillaCells, vanillaRenderers } from "@jsonforms/vanilla-renderers";

const layoutOf = (schema, scope) =>
  schema.type === "object" && schema.properties
    ? { type: "Group", label: schema.title ?? "", elements: Object.entries(schema.properties).map(([key, property]) => layoutOf(property, `${scope}/properties/${key}`)) }
    : { type: "Control", scope };

const { schema, data } = await (await fetch("/bench/content.json")).json();
const uischema = { type: "VerticalLayout", elements: Object.entries(schema.properties).map(([key, part]) => layoutOf(part, `#/properties/${key}`)) };
createRoot(document.getElementById("root")).render(createElement(JsonForms, { schema, uischema, data, renderers: vanillaRenderers, cells: vanillaCells }));
window.__probeFirstRender(() => document.querySelectorAll("#root input, #root select, #root textarea").length);
