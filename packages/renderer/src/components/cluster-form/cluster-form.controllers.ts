/**
 * The controllers `<cluster-form>` is made of, wired to each other and to the element: notices,
 * evaluation scheduling, drafts, loading, row windows of long tables, the screen layout, and the
 * user's actions that use them.
 */
import type { LitElement } from "lit";
import { DraftsController } from "../../controllers/drafts.controller.js";
import { EvaluationController } from "../../controllers/evaluation.controller.js";
import { FormLoader, type LoadSources } from "../../controllers/form-loader.js";
import { NoticeList } from "../../controllers/notice-list.js";
import { RowWindows } from "../../controllers/row-windows.controller.js";
import { NARROW_BELOW, ScreenLayout } from "../../controllers/screen-layout.controller.js";
import { PageWords } from "../../controllers/page-words.controller.js";
import type { Messages } from "../../locales/index.js";
import type { FormSession } from "../../session/session.js";
import { FormActions, type ActionsHost } from "./cluster-form.actions.js";

/** What the controllers read of the element and ask of it. */
export interface ControlledForm extends Pick<ActionsHost, "role" | "lang" | "validate" | "reset" | "focusField"> {
  readonly element: LitElement & LoadSources & { readonly autosave: string; readonly draftKey: string };
  msg(): Messages;
  /** Draws the element again, `now` (before returning) or soon; resolves once drawn. */
  redraw(now: boolean): Promise<unknown>;
}

export function formControllers(form: ControlledForm) {
  const { element } = form;
  const session = (): FormSession | undefined => loader.session;
  const notices = new NoticeList(element);
  const evaluation = new EvaluationController(element, session, form.role);
  const drafts = new DraftsController(element, notices, {
    enabled: () => element.autosave !== "off",
    draftKey: () => element.draftKey,
    lang: form.lang,
    session,
    redrafted: () => evaluation.evaluate(),
  });
  // A new form shown: its drafts restored over what it starts from, then its first evaluation.
  const start = (shown: FormSession): void => {
    evaluation.restart();
    rowWindows.forget();
    notices.clear();
    drafts.open(shown);
    evaluation.evaluate();
  };
  const loader = new FormLoader(element, { sources: () => element, start, lang: form.lang, msg: form.msg });
  const rowWindows = new RowWindows(element, () => element.shadowRoot, form.redraw);
  const screen = new ScreenLayout({
    host: element,
    root: () => element.shadowRoot,
    narrowBelow: () => session()?.pkg.manifest.display?.narrowBelow ?? NARROW_BELOW,
    onNarrow: () => element.requestUpdate(),
    scrollLabel: (box) =>
      form.msg().scrollRegion(box.closest(".block")?.querySelector(".block-heading")?.textContent?.trim() || box.closest("section")?.querySelector("h2")?.textContent?.trim() || ""),
    scrollCue: () => form.msg().scrollCue,
  });
  const words = new PageWords(element, form.lang);
  const actions = new FormActions({ ...form, session, announce: (text) => notices.announce(text), notices, drafts, evaluation, rowWindows });
  return { notices, evaluation, drafts, loader, rowWindows, screen, actions, words };
}

export type FormControllers = ReturnType<typeof formControllers>;
