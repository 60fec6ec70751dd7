import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BadUserInputError } from "./errors.js";

/** The project's own seeds directory: briefings loaded by default, and the taxonomy. */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const EnvSchema = z.object({
  GOVGRAPH_STORE: z.enum(["memory", "neo4j"]).default("memory"),
  GOVGRAPH_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GOVGRAPH_HOST: z.string().min(1).default("127.0.0.1"),
  GOVGRAPH_SEEDS_DIR: z.string().min(1).optional(),
  GOVGRAPH_API_KEYS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((k) => k.trim()).filter((k) => k.length > 0))
    .pipe(z.array(z.string().min(8, "each API key must be at least 8 characters"))),
  GOVGRAPH_TRACE: flag,
  GOVGRAPH_RESPONSE_CACHE: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v !== "0" && v !== "false"),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI")
    .optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

/** Everything configurable, read once from the environment. Command-line flags override it where they exist. */
export interface Config {
  store: "memory" | "neo4j";
  port: number;
  host: string;
  /** Directory of briefing files for the embedded store; ingested briefings are saved there too. */
  seedsDir: string;
  /** Bearer keys that may call mutations; empty means mutations are refused. */
  apiKeys: string[];
  /** Adds extensions.trace (store calls, duration) to every GraphQL response. */
  trace: boolean;
  /** Keeps answers of queries until the next write (embedded store only); on unless GOVGRAPH_RESPONSE_CACHE=0. */
  responseCache: boolean;
  neo4j: { uri: string | undefined; user: string | undefined; password: string | undefined; database: string | undefined };
}

/** Parses the environment; a bad value is refused with the variable's name and the reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new BadUserInputError(`configuration: ${name}: ${issue?.message ?? "invalid value"}`);
  }
  const e = parsed.data;
  return {
    store: e.GOVGRAPH_STORE,
    port: e.GOVGRAPH_PORT,
    host: e.GOVGRAPH_HOST,
    seedsDir: e.GOVGRAPH_SEEDS_DIR ?? DEFAULT_SEEDS_DIR,
    apiKeys: e.GOVGRAPH_API_KEYS,
    trace: e.GOVGRAPH_TRACE,
    responseCache: e.GOVGRAPH_RESPONSE_CACHE,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
  };
}
