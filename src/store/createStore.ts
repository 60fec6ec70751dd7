import type { Config } from "../config.js";
import { BadUserInputError } from "../errors.js";
import type { GraphStore } from "./GraphStore.js";
import { MemoryStore } from "./memory/MemoryStore.js";

/** The store of a kind, configured from `config`. Neo4j is loaded only when asked for. */
export async function createStore(kind: "memory" | "neo4j", config: Config): Promise<GraphStore> {
  if (kind === "memory") return new MemoryStore();
  if (!config.neo4j.uri) {
    throw new BadUserInputError("--store neo4j needs NEO4J_URI (for example bolt://127.0.0.1:7687; `npm run neo4j` starts one)");
  }
  const { Neo4jStore } = await import("./neo4j/Neo4jStore.js");
  return Neo4jStore.connect({ ...config.neo4j, uri: config.neo4j.uri });
}
