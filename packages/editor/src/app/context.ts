/** What every view of the editor draws from and acts through. */
import type { DefinitionFinding, FormPackage, Lang } from "@cluster-form/schema";
import type { EditResult, FormTexts, Outline, Site, TextProposal } from "../edits/types.js";
import type { EditorMessages } from "../locales/index.js";
import type { FindingPlaces } from "./finding-places.js";
import type { ScaffoldRequest } from "../protocol.js";

/** How an operation went: the files it changed, or why it was refused (in the page's language). */
export type EditOutcome = { readonly ok: true; readonly files: number } | { readonly ok: false; readonly message: string };

/** A raw JSON-Logic draft changed and not applied: in no file, so Save cannot save it. */
export interface PendingDraft {
  /** The rule it was written for (followed through changes of the texts by ./rule-identity.ts). */
  readonly site: Site;
  /** Brings the draft before the officer (its disclosure opened, scrolled to, its text focused). */
  reveal(): void;
}

/** What a raw editor let go (its part no longer shown) keeps of its draft, for its rule's editor drawn again. */
export interface DraftText {
  /** The rule's text the draft was written from. */
  readonly source: string;
  readonly text: string;
}

export interface EditorContext {
  readonly lang: Lang;
  readonly text: EditorMessages;
  readonly texts: FormTexts;
  readonly pkg: FormPackage;
  readonly outline: Outline;
  readonly findings: readonly DefinitionFinding[];
  /** Where each finding is shown (./finding-places.ts). */
  readonly places: FindingPlaces;
  /** A field's or computed value's label by the path rules read it with. */
  readonly labels: ReadonlyMap<string, string>;
  /** Field paths for the raw rule editor's completion. */
  readonly paths: readonly string[];
  /** Runs an operation of the editing library on the current texts and records it (one undo step per `key` in a row). */
  edit(operation: (texts: FormTexts, pkg: FormPackage) => EditResult | Promise<EditResult>, key?: string): Promise<EditOutcome>;
  /** Runs a scaffold (on the server, which makes the new ids) and records its edits as one undo step. */
  scaffold(request: ScaffoldRequest): Promise<EditOutcome>;
  /** Offers the officer matching changes of scoring texts (after a threshold changed). */
  propose(proposals: readonly TextProposal[]): void;
  /** The changes of scoring texts offered and not yet taken or declined. */
  readonly proposals: readonly TextProposal[];
  /** Takes (`apply`) or declines a proposal; resolves once the page shows the outcome. */
  settleProposal(proposal: TextProposal, apply: boolean): Promise<void>;
  /** Ends a typing step (the box lost focus). */
  seal(): void;
  /** A raw editor tells whether it holds a draft changed and not applied (or no longer, applied, taken back or gone). */
  draftPending(draft: PendingDraft, pending: boolean): void;
  /** A raw editor let go with a draft not applied (its part no longer shown): the page keeps the draft, still unsaved work. */
  holdDraft(site: Site, draft: DraftText): void;
  /** The draft the page keeps for the rule at `site`, taken by its editor drawn again (none: undefined). */
  takeHeldDraft(site: Site): DraftText | undefined;
}

export type { Site };
