/**
 * A `<details>`' body drawn only while it is open: `<div ${openBody(() => html`…`)}></div>` as the
 * details' last child. Closed, nothing of the body is made (a form has a score explanation on
 * every criterion row, and a keystroke changes some); it is drawn as the details opens (on the
 * summary's click, before the browser shows it, or on `toggle` when opened otherwise), and again
 * with every drawing of the details while it stays open.
 */
import { noChange, render, type TemplateResult } from "lit";
import { Directive, directive, PartType, type ElementPart, type PartInfo } from "lit/directive.js";

type Body = () => TemplateResult;

/** The latest body of each container, drawn when its details opens. */
const bodies = new WeakMap<Element, Body>();
const listening = new WeakSet<Element>();

function draw(container: Element): void {
  const body = bodies.get(container);
  if (body) render(body(), container as HTMLElement);
}

class OpenBody extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error("openBody() belongs on an element inside a <details>");
  }

  render(_body: Body): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [body]: [Body]): typeof noChange {
    const container = part.element;
    bodies.set(container, body);
    const details = container.parentElement;
    if (!(details instanceof HTMLDetailsElement)) return noChange;
    if (!listening.has(details)) {
      listening.add(details);
      // The summary's click opens the details after its listeners: drawn first, it opens drawn.
      details.addEventListener("click", (event) => {
        if (!details.open && event.target instanceof Element && event.target.closest("summary")?.parentElement === details) draw(container);
      });
      details.addEventListener("toggle", () => {
        if (details.open) draw(container);
      });
    }
    if (details.open) draw(container);
    return noChange;
  }
}

export const openBody = directive(OpenBody);
