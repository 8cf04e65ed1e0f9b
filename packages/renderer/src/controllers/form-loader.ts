/**
 * Loading the form: from `formPackage` or `src`, with validators from `precompiledValidators` or
 * `validators`. Only the latest load counts (a page that changes `src` twice gets the second form),
 * and a failure says at which stage it failed, in the element and through `cf-error`.
 */
import { FormDefinitionError, formatFinding, type FormPackage, type PrecompiledValidators } from "@cluster-form/schema";
import type { ReactiveControllerHost } from "lit";
import { ClusterFormErrorEvent, ClusterFormLoadEvent } from "../events.js";
import type { Messages } from "../locales/index.js";
import { loadWords } from "../locales/page-words.js";
import { fetchFormDocument, importValidators } from "../session/form-sources.js";
import { FormSession } from "../session/session.js";

/** A promise started now and awaited later: a failure before then is reported by whoever awaits it, not as unhandled. */
const awaitedLater = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

export type LoadState = { readonly status: "idle" } | { readonly status: "loading" } | { readonly status: "ready" } | { readonly status: "error"; readonly message: string; readonly details: readonly string[] };

export interface LoadSources {
  readonly src?: string;
  readonly formPackage?: FormPackage;
  readonly validators?: string;
  readonly precompiledValidators?: PrecompiledValidators;
}

export interface LoadOptions {
  readonly sources: () => LoadSources;
  /** Shows the new session (drafts restored, first evaluation run). */
  readonly start: (session: FormSession) => void;
  readonly lang: () => string;
  readonly msg: () => Messages;
}

export class FormLoader {
  #state: LoadState = { status: "idle" };
  #token = 0;
  #session?: FormSession;
  /** The value the page set before the form was loaded. */
  pendingValue?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: LoadOptions,
  ) {}

  get state(): LoadState {
    return this.#state;
  }

  /** The loaded form and the submission being filled; undefined until a form has loaded. */
  get session(): FormSession | undefined {
    return this.#session;
  }

  async load(): Promise<void> {
    const token = ++this.#token;
    const { src, formPackage, validators, precompiledValidators } = this.options.sources();
    if (!formPackage && !src) {
      this.#set({ status: "idle" });
      return;
    }
    this.#set({ status: "loading" });
    let stage: "load" | "validators" | "evaluate" = "load";
    // Everything the form needs is fetched at once: the page's words (English is a chunk of its own;
    // the form is then drawn in them at once), the loader and evaluator (a chunk of the element's
    // bundle), the form's document and its validators module. Each is awaited in the order of the
    // stages, so a failure is reported at the stage it belongs to.
    const words = awaitedLater(loadWords(this.options.lang()));
    const runtime = awaitedLater(import("../session/load.js"));
    // With validators from `cluster-form build`, the patterns were checked by build and run in that module.
    const built = precompiledValidators !== undefined || validators !== undefined;
    const form = formPackage
      ? awaitedLater(runtime.then(({ checkedPackage }) => checkedPackage(formPackage)))
      : awaitedLater(Promise.all([runtime, fetchFormDocument(src ?? "", document.baseURI)]).then(([{ formFromDocument }, fetched]) => formFromDocument(fetched, { checkPatterns: !built })));
    const imported = precompiledValidators === undefined && validators !== undefined ? awaitedLater(importValidators(validators, document.baseURI)) : undefined;
    try {
      const { evaluatorFor } = await runtime;
      const pkg = await form;
      stage = "validators";
      const precompiled = precompiledValidators ?? (await imported);
      const evaluator = await evaluatorFor(pkg, precompiled);
      await words;
      if (token !== this.#token) return;
      stage = "evaluate";
      // Reloading the same form keeps what was typed; another form starts from a value given for it
      // (or empty), then from its own draft: nothing of the previous form is carried into it.
      const current = this.#session;
      const previous = current?.pkg.manifest.id === pkg.manifest.id ? current.submission : this.#takePendingValue(pkg);
      const session = new FormSession(pkg, evaluator, previous);
      this.#session = session;
      this.options.start(session);
      if (session.evaluationError) throw session.evaluationError;
      this.#set({ status: "ready" });
      this.host.dispatchEvent(new ClusterFormLoadEvent(pkg));
    } catch (error) {
      if (token !== this.#token) return;
      this.#set({ status: "error", ...this.#describe(error, stage) });
      this.host.dispatchEvent(new ClusterFormErrorEvent(error, stage));
    }
  }

  /** The value set before the form was loaded, once, and only if it is not another form's. */
  #takePendingValue(pkg: FormPackage): unknown {
    const value = this.pendingValue;
    this.pendingValue = undefined;
    const form = typeof value === "object" && value !== null ? (value as { form?: { id?: unknown } }).form : undefined;
    return form?.id === undefined || form.id === pkg.manifest.id ? value : undefined;
  }

  #describe(error: unknown, stage: string): { message: string; details: readonly string[] } {
    const msg = this.options.msg();
    const lang = this.options.lang().startsWith("en") ? "en" : "zh";
    const reason = error instanceof Error ? error.message : String(error);
    const details = error instanceof FormDefinitionError ? error.findings.map((f) => formatFinding(f, lang)) : [];
    const evalBlocked = error instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(reason);
    const message = stage === "load" ? msg.loadFailed(reason) : msg.evaluatorFailed(reason);
    return { message, details: evalBlocked ? [msg.cspHint, ...details] : details };
  }

  #set(state: LoadState): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}
