/** The sentences of `cluster-form diff`. The wording is in ./diff.zh.ts and ./diff.en.ts, which import only this file and the diff's data types. */
import type { FormChange, FormChangeKind, FormIdentity } from "../diff/types.js";

export type ChangeOf<K extends FormChangeKind> = Extract<FormChange, { kind: K }>;

export interface DiffCatalog {
  header(from: FormIdentity, to: FormIdentity): string;
  readonly none: string;
  readonly formSection: string;
  partSection(title: string, id: string): string;
  count(changes: number): string;
  readonly changes: { readonly [K in FormChangeKind]: (change: ChangeOf<K>) => string };
}
