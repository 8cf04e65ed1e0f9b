/**
 * What decides whether a part is drawn again, kept per part between the element's updates, so that
 * a part nothing changed for costs next to nothing to pass over (an update for the status bar, or
 * typing in another table): its widget context and the widgets picked for its blocks are made again
 * only when the form, role, language, words, widget registry or widget host change, and what its
 * widgets read of the evaluation (`dependsOn`) is read again only when the result, the submission
 * or the result index is another one.
 */
import type { FormPackage } from "@cluster-form/schema";
import type { Messages } from "../../locales/index.js";
import type { ResultIndex } from "../../session/result-index.js";
import type { FormSession } from "../../session/session.js";
import { createWidgetContext, type ContextHost } from "../../widgets/context.js";
import { pickWidget, type Widget, type WidgetContext } from "../../widgets/index.js";

type Part = FormPackage["parts"][number];

/** What the element draws a part with, as its view holds it. */
export interface PartInputs {
  readonly session: FormSession;
  readonly role: string;
  readonly lang: string;
  readonly msg: Messages;
  readonly widgets: readonly Widget[];
  readonly actions: { readonly widgetHost: Omit<ContextHost, "session" | "formRole" | "lang" | "msg" | "index"> };
  /** Holds the latest result index, a new one after each evaluation: a widget reads it when it draws. */
  readonly evaluation: { readonly index: ResultIndex };
}

/** One part's context, widgets and reads, and what each was made from. */
interface PartEntry {
  readonly madeFrom: readonly unknown[];
  readonly ctx: WidgetContext;
  readonly widgets: readonly (Widget | undefined)[];
  readsFrom: readonly unknown[];
  reads: string;
}

/** A part's widget context, its blocks' widgets, and what they read of the evaluation as a string that changes when that does. */
export interface DrawnPart {
  readonly ctx: WidgetContext;
  readonly widgets: readonly (Widget | undefined)[];
  readonly reads: string;
}

const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

export class DrawnParts {
  readonly #entries = new WeakMap<Part, PartEntry>();

  /** What `part` is drawn with in this update: made or read again only where its inputs changed. */
  of(inputs: PartInputs, part: Part): DrawnPart {
    const { session, evaluation } = inputs;
    const madeFrom = [session, inputs.role, inputs.lang, inputs.msg, inputs.widgets, inputs.actions.widgetHost, evaluation];
    let entry = this.#entries.get(part);
    if (!entry || !sameValues(entry.madeFrom, madeFrom)) {
      const host: ContextHost = {
        ...inputs.actions.widgetHost,
        session,
        formRole: inputs.role,
        lang: inputs.lang,
        msg: inputs.msg,
        get index() {
          return evaluation.index;
        },
      };
      const ctx = createWidgetContext(host, part);
      const widgets = part.layout.blocks.map((block) => pickWidget(inputs.widgets, block, ctx));
      entry = { madeFrom, ctx, widgets, readsFrom: [], reads: "" };
      this.#entries.set(part, entry);
    }
    // What a widget reads comes from the result, the values (a blank score prints blank) or the index.
    const readsFrom = [session.result, session.submission, evaluation.index];
    if (!sameValues(entry.readsFrom, readsFrom)) {
      const { ctx, widgets } = entry;
      entry.reads = JSON.stringify(part.layout.blocks.map((block, i) => widgets[i]?.dependsOn?.(block, ctx)));
      entry.readsFrom = readsFrom;
    }
    return entry;
  }
}
