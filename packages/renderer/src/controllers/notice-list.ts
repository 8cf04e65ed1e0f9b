/**
 * What the element tells the user beside the form: the notices above it (a list any part of the
 * element adds to or drops from) and the last announcement to screen readers (rows pasted, a row
 * removed). Either drawn again on every change.
 */
import type { ReactiveControllerHost } from "lit";
import { isTransient, sameNotice, type Notice } from "../session/notices.js";

export class NoticeList {
  #list: readonly Notice[] = [];
  #announcement = "";

  constructor(private readonly host: ReactiveControllerHost) {}

  get list(): readonly Notice[] {
    return this.#list;
  }

  /** Adds a notice; one of the same kind (for drafts: of the same version) gives way to it. */
  add(notice: Notice): void {
    this.#set([...this.#list.filter((n) => !sameNotice(n, notice)), notice]);
  }

  drop(notice: Notice): void {
    this.dropWhere((n) => n === notice);
  }

  dropWhere(test: (notice: Notice) => boolean): void {
    if (this.#list.some(test)) this.#set(this.#list.filter((n) => !test(n)));
  }

  /** An undo offer and what an action just said stand until the next change. */
  dropTransient(): void {
    this.dropWhere(isTransient);
  }

  clear(): void {
    if (this.#list.length > 0) this.#set([]);
  }

  get announcement(): string {
    return this.#announcement;
  }

  announce(text: string): void {
    if (text === this.#announcement) return;
    this.#announcement = text;
    this.host.requestUpdate();
  }

  #set(list: readonly Notice[]): void {
    this.#list = list;
    this.host.requestUpdate();
  }
}
