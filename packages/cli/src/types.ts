/** The shape of a `cluster-form` command: one module per command in ./commands, gathered in ./commands/index.ts. */
import type { Readable } from "node:stream";
import type { Lang } from "@cluster-form/schema";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Allowed values of a string option; anything else is a usage error. */
  readonly choices?: readonly string[];
  /** Placeholder of the value in the help text (`<dir>`). */
  readonly value?: string;
  /** A string option that may be given several times: its value is the list. */
  readonly multiple?: boolean;
}

/** What `--help` shows, in one language. */
export interface CommandHelp {
  readonly summary: string;
  /** Longer explanation, one paragraph per entry. */
  readonly description?: readonly string[];
  /** Help text of each option, by option name. */
  readonly options: Readonly<Record<string, string>>;
  readonly examples?: readonly string[];
}

/** Where a command reads and writes: the process streams, or buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  /** `isTTY`: a terminal, where progress lines are shown (./progress.ts). */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stdin: Readable;
  readonly cwd: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

export interface Invocation {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  readonly options: OptionValues;
  readonly lang: Lang;
  readonly io: CliIo;
  /** The environment the command reads its settings from (`CLUSTER_FORM_CACHE`, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CommandDefinition {
  readonly name: string;
  /** Positional arguments, in order; the last one may be `variadic` (it takes every remaining argument). */
  readonly args: readonly { readonly name: string; readonly required: boolean; readonly variadic?: boolean }[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  help(lang: Lang): CommandHelp;
  /** Resolves to the exit code: 0 ok, 1 findings / invalid / failed, 2 usage error. */
  run(invocation: Invocation): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
