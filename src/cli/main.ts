import { userMessage } from "../errors.js";
import { helpCommand } from "./helpCommand.js";
import { parseCommand } from "./parseCommand.js";
import { serveCommand } from "./serveCommand.js";
import { ingestCommand } from "./ingestCommand.js";
import { exportCommand } from "./exportCommand.js";
import { reviewCommand } from "./reviewCommand.js";
import { UsageError, type Command, type CliIO } from "./Command.js";

const COMMANDS: readonly Command[] = [serveCommand, parseCommand, ingestCommand, exportCommand, reviewCommand];

/** Prints the list of commands. */
export function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`);
  return [
    "govgraph: AI safety and governance briefings as a knowledge graph, served over GraphQL.",
    "",
    "Usage: govgraph <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `govgraph <command> --help` for a command's options.",
  ].join("\n");
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/**
 * Runs the command line and answers the exit code: 0 success, 1 bad input or failure, 2 wrong usage.
 * Errors are one line on stderr, never a stack.
 */
export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    io.out(topic ? topic.help : usage());
    return 0;
  }
  const command = name === "--version" ? helpCommand : COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`govgraph: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`govgraph ${command.name}: ${error.message}\nRun \`govgraph ${command.name} --help\` for usage.`);
      return 2;
    }
    io.err(`govgraph ${command.name}: ${userMessage(error).message}`);
    if (process.env["GOVGRAPH_DEBUG"] === "1") io.err(String((error as Error).stack));
    return 1;
  }
}
