/**
 * The commands of `cluster-form`, in the order `--help` lists them. Adding a command: write its
 * module exporting a CommandDefinition (its help text in a locale catalog), and list it here.
 */
import type { CommandDefinition } from "../types.js";
import { buildCommand } from "./build.js";
import { diffCommand } from "./diff.js";
import { exportCommand } from "./export.js";
import { createHelpCommand } from "./help.js";
import { importCommand } from "./import.js";
import { lintCommand } from "./lint.js";
import { newYearCommand } from "./new-year.js";
import { previewCommand } from "./preview.js";
import { scoreCommand } from "./score.js";
import { summarizeCommand } from "./summarize.js";
import { testCommand } from "./test.js";

export const commands: readonly CommandDefinition[] = [
  lintCommand,
  testCommand,
  scoreCommand,
  diffCommand,
  newYearCommand,
  previewCommand,
  buildCommand,
  exportCommand,
  importCommand,
  summarizeCommand,
  createHelpCommand(() => commands),
];

export const findCommand = (name: string): CommandDefinition | undefined => commands.find((c) => c.name === name);
