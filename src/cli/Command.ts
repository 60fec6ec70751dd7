import { parseArgs, type ParseArgsConfig } from "node:util";

/** Where a command writes: standard output for results, standard error for progress and problems. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** One `govgraph <name>` command. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

/** The command line was wrong (unknown option, missing argument): exit code 2 with the command's usage. */
export class UsageError extends Error {}

/** node:util parseArgs, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ""));
  }
}

/** A port number from the command line. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535; got "${value}"`);
  return port;
}

/** The store a command works on: --store if given, else GOVGRAPH_STORE (already validated), refused otherwise. */
export function storeKindOption(value: string | undefined, configured: "memory" | "neo4j"): "memory" | "neo4j" {
  const kind = value ?? configured;
  if (kind !== "memory" && kind !== "neo4j") throw new UsageError(`--store must be memory or neo4j; got "${kind}"`);
  return kind;
}
