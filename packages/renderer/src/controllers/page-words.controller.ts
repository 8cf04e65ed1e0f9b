/**
 * The words `<cluster-form>` draws with: its language's once loaded (./../locales/page-words.ts
 * loads English as a chunk), meanwhile those it drew with last, so that a page switching to English
 * keeps its form (focus, scroll) until the words arrive; nothing before any words are at hand.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { loadWords, wordsFor, wordsLoaded, type ElementWords } from "../locales/page-words.js";

export class PageWords implements ReactiveController {
  #drawn?: ElementWords;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lang: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.lang();
    if (!wordsLoaded(lang)) void loadWords(lang).then(() => this.host.requestUpdate());
  }

  /** The words to draw with now; undefined until the first language has arrived. */
  forDrawing(): ElementWords | undefined {
    const lang = this.lang();
    if (wordsLoaded(lang)) this.#drawn = wordsFor(lang);
    return this.#drawn;
  }
}
