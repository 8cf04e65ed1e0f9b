/** `cluster-form help [command]`. */
import { UsageError } from "../errors.js";
import { commandHelp, programHelp } from "../help.js";
import { cliText } from "../messages.js";
import { EXIT_OK, type CommandDefinition } from "../types.js";

/** The help command lists the registry it is given (a function, so that the registry can include it). */
export const createHelpCommand = (registry: () => readonly CommandDefinition[]): CommandDefinition => ({
  name: "help",
  args: [{ name: "command", required: false }],
  options: {},
  help: (lang) => cliText(lang).commands.help,
  async run(invocation) {
    const [name] = invocation.args;
    if (name === undefined) {
      invocation.io.stdout.write(programHelp(registry(), invocation.lang));
      return EXIT_OK;
    }
    const command = registry().find((c) => c.name === name);
    if (!command) throw new UsageError(cliText(invocation.lang).unknownCommand(name));
    invocation.io.stdout.write(commandHelp(command, invocation.lang));
    return EXIT_OK;
  },
});
