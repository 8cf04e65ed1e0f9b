import type { DataSchema } from "@cluster-form/schema";
import type { Messages } from "../locales/index.js";

/** One input as the element prepared it: ids, current text and the callbacks that store what is typed. */
export interface ControlModel {
  readonly id: string;
  readonly label: string;
  readonly inTable: boolean;
  readonly editable: boolean;
  readonly schema: DataSchema | undefined;
  /** The text to show (what was typed, or the stored value). */
  readonly text: string;
  readonly value: unknown;
  /** Ids of the elements that describe the input (messages, unit, count). */
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly required: boolean;
  readonly multiline: boolean;
  readonly msg: Messages;
  onText(text: string): void;
  onChoice(value: unknown): void;
  onPaste?: (text: string) => boolean;
}
