/**
 * Runs one `cluster-form` invocation: finds the command, parses its options with node:util
 * parseArgs, and turns errors into messages and exit codes (0 ok, 1 failed, 2 usage).
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { LANGS, type Lang } from "@cluster-form/schema";
import { commands, findCommand } from "./commands/index.js";
import { ReportedError, UsageError, UserError } from "./errors.js";
import { commandHelp, programHelp, usageLine } from "./help.js";
import { cliCatalogs } from "./messages.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo, type CommandDefinition, type OptionValues } from "./types.js";

/** The language asked for anywhere on the command line (so that even usage errors speak it), else the environment's. */
function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "zh" || value === "en") return value;
  }
  const fromEnv = env.CLUSTER_FORM_LANG;
  return fromEnv === "en" ? "en" : "zh";
}

const PACKAGE_NAME = "@cluster-form/cli";
const MAX_LEVELS = 3;

/** The version in this package's package.json: the build may put this code in dist/ or dist/chunks/. */
function version(): string {
  for (let level = 1; level <= MAX_LEVELS; level++) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(new URL(`${"../".repeat(level)}package.json`, import.meta.url), "utf8"));
      if (typeof parsed === "object" && parsed !== null && "name" in parsed && parsed.name === PACKAGE_NAME && "version" in parsed) return String(parsed.version);
    } catch {
      // not there: one level up
    }
  }
  return "unknown";
}

function parseCommandArgs(command: CommandDefinition, argv: readonly string[], lang: Lang): { args: string[]; options: OptionValues } {
  const options: NonNullable<ParseArgsConfig["options"]> = {
    help: { type: "boolean", short: "h" },
    lang: { type: "string" },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(cliCatalogs[lang].badOption(error instanceof Error ? error.message : String(error)));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (typeof values.lang === "string" && !LANGS.includes(values.lang as Lang)) {
    throw new UsageError(cliCatalogs[lang].badChoice("lang", values.lang, LANGS));
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name];
    if (spec.choices && typeof value === "string" && !spec.choices.includes(value)) {
      throw new UsageError(cliCatalogs[lang].badChoice(name, value, spec.choices));
    }
  }
  return { args: parsed.positionals, options: values };
}

function checkPositionals(command: CommandDefinition, args: readonly string[], lang: Lang): void {
  const missing = command.args.slice(args.length).find((a) => a.required);
  if (missing) throw new UsageError(cliCatalogs[lang].missingArgument(missing.name));
  if (args.length > command.args.length && !command.args.at(-1)?.variadic) throw new UsageError(cliCatalogs[lang].tooManyArguments(args.slice(command.args.length).join(" ")));
}

export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const lang = languageOf(argv, env);
  const text = cliCatalogs[lang];
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    io.stdout.write(programHelp(commands, lang));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version") {
    io.stdout.write(version() + "\n");
    return EXIT_OK;
  }
  if (name === "--lang") return runCli(rest.slice(1).concat(["--lang", rest[0] ?? ""]), io, env);
  const command = findCommand(name);
  if (!command) {
    io.stderr.write(`${text.unknownCommand(name)}\n\n${programHelp(commands, lang)}`);
    return EXIT_USAGE;
  }
  try {
    const { args, options } = parseCommandArgs(command, rest, lang);
    if (options.help === true) {
      io.stdout.write(commandHelp(command, lang));
      return EXIT_OK;
    }
    checkPositionals(command, args, lang);
    return await command.run({ args, options, lang, io, env });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n${text.usage} ${usageLine(command)}\n${text.moreHelp}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr.write(error.message + "\n");
      return EXIT_FAILED;
    }
    if (error instanceof ReportedError) return EXIT_FAILED;
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${text.internalError(detail)}\n`);
    if (env.CLUSTER_FORM_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    else io.stderr.write(text.debugHint + "\n");
    return EXIT_FAILED;
  }
}
