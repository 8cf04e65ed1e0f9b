/**
 * Raw JSON-Logic drafts not applied, as the editor's page keeps them: the drafts in their
 * editors, and those held for their rules while their parts are not shown (followed as rules above
 * them come and go). They are work no file holds, so the page counts them as unsaved, Save refuses
 * while one waits, and a change of the texts that would remove or change a draft's rule is refused.
 */
import type { ReactiveControllerHost } from "lit";
import type { FormTexts, Site } from "../edits/types.js";
import type { DraftText, PendingDraft } from "./context.js";
import { siteKey } from "./form-state.js";
import { drawnRulesFile, keptThrough, siteAfter } from "./rule-identity.js";

/** A draft whose editor was let go: kept for its rule until the rule's editor is drawn again and takes it. */
class HeldDraft implements PendingDraft {
  constructor(
    public site: Site,
    readonly draft: DraftText,
    readonly reveal: () => void,
  ) {}
}

export class PendingDrafts {
  readonly #drafts = new Set<PendingDraft>();
  /** The texts the held drafts' sites are in (as of the last `follow`). */
  #texts: FormTexts | undefined;

  /** `host` is drawn again when the drafts change; `show` opens the part of the rule at `site` and reveals its editor, drawn again, which takes the held draft. */
  constructor(
    private readonly host: Pick<ReactiveControllerHost, "requestUpdate">,
    private readonly show: (site: Site) => Promise<void>,
  ) {}

  get count(): number {
    return this.#drafts.size;
  }

  /** A draft waiting, to show the officer why an action was not done. */
  get first(): PendingDraft | undefined {
    const [draft] = this.#drafts;
    return draft;
  }

  /** A raw editor tells whether its draft differs from its rule (applied, taken back or gone: not). */
  tell(draft: PendingDraft, pending: boolean): void {
    if (pending) this.#drafts.add(draft);
    else this.#drafts.delete(draft);
    this.host.requestUpdate();
  }

  /** A raw editor let go with a draft not applied. */
  hold(site: Site, draft: DraftText): void {
    const held: HeldDraft = new HeldDraft(site, draft, () => void this.show(held.site));
    this.#drafts.add(held);
    this.host.requestUpdate();
  }

  /** The draft held for the rule at `site`, given to its editor drawn again (none: undefined). */
  take(site: Site): DraftText | undefined {
    const key = siteKey(site);
    const held = [...this.#drafts].find((d): d is HeldDraft => d instanceof HeldDraft && siteKey(d.site) === key);
    if (!held) return undefined;
    this.#drafts.delete(held);
    this.host.requestUpdate();
    return held.draft;
  }

  /** The texts changed: held drafts' sites move with their rules (a criterion above one gone). */
  follow(now: FormTexts): void {
    const before = this.#texts;
    this.#texts = now;
    if (!before) return;
    for (const draft of this.#drafts) if (draft instanceof HeldDraft) draft.site = siteAfter(before, now, draft.site) ?? draft.site;
  }

  /** A draft whose rule, or whose rule's part, the texts becoming `next` would remove or change; undefined when none. */
  inTheWay(now: FormTexts, next: FormTexts): PendingDraft | undefined {
    return [...this.#drafts].find((d) => !keptThrough(now, next, d.site) || !drawnRulesFile(next, d.site.file));
  }
}
