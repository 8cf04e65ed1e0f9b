/** Usage text of the program and of each command. */
import { cliText } from "./messages.js";
import { displayWidth } from "./table.js";
import type { CommandDefinition, Lang } from "./types.js";

const column = (rows: readonly (readonly [string, string])[]): string[] => {
  const width = Math.max(0, ...rows.map(([left]) => displayWidth(left)));
  return rows.map(([left, right]) => `  ${left}${" ".repeat(width - displayWidth(left) + 2)}${right}`);
};

export const usageLine = (command: CommandDefinition): string =>
  [
    "cluster-form",
    command.name,
    ...command.args.map((a) => (a.required ? `<${a.name}${a.variadic ? "..." : ""}>` : `[${a.name}${a.variadic ? "..." : ""}]`)),
    ...(Object.keys(command.options).length > 0 ? ["[options]"] : []),
  ].join(" ");

export function programHelp(commands: readonly CommandDefinition[], lang: Lang): string {
  const text = cliText(lang);
  return [
    text.program,
    "",
    text.usage,
    "  cluster-form <command> [arguments] [options]",
    "",
    text.commandsHeading,
    ...column(commands.map((c) => [c.name, c.help(lang).summary])),
    "",
    text.optionsHeading,
    ...column([
      ["-h, --help", text.globalOptions.help],
      ["--lang <zh|en>", text.globalOptions.lang],
      ["--version", text.globalOptions.version],
    ]),
    "",
    text.moreHelp,
    "",
  ].join("\n");
}

export function commandHelp(command: CommandDefinition, lang: Lang): string {
  const text = cliText(lang);
  const help = command.help(lang);
  const options: [string, string][] = Object.entries(command.options).map(([name, spec]) => {
    const value = spec.choices ? `<${spec.choices.join("|")}>` : spec.type === "string" ? `<${spec.value ?? "value"}>` : "";
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${value ? ` ${value}` : ""}`;
    return [flag, help.options[name] ?? ""];
  });
  options.push(["-h, --help", text.globalOptions.help], ["--lang <zh|en>", text.globalOptions.lang]);
  return [
    help.summary,
    "",
    text.usage,
    `  ${usageLine(command)}`,
    ...(help.description && help.description.length > 0 ? ["", ...help.description] : []),
    "",
    text.optionsHeading,
    ...column(options),
    ...(help.examples && help.examples.length > 0 ? ["", text.examplesHeading, ...help.examples.map((e) => `  ${e}`)] : []),
    "",
  ].join("\n");
}
