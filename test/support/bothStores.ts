import { afterAll, beforeAll } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { emptyNeo4jStore } from "./neo4j.js";
import { startTestServer, type TestServer } from "./server.js";

/** The servers of a suite that compares the two stores; set before the suite's tests run. */
export interface ServersOnBothStores {
  memory: TestServer;
  neo4j: TestServer;
}

/**
 * Starts, for the enclosing describe, one HTTP server over a MemoryStore and one over an emptied Neo4jStore, both
 * loaded with `seeds`, and closes them afterwards. Call inside describeNeo4j.
 */
export function useServersOnBothStores(seeds: Record<string, string>): ServersOnBothStores {
  const servers = {} as ServersOnBothStores;
  beforeAll(async () => {
    servers.memory = await startTestServer(new MemoryStore(), seeds);
    servers.neo4j = await startTestServer(await emptyNeo4jStore(), seeds);
  });
  afterAll(async () => {
    await servers.memory?.close();
    await servers.neo4j?.close();
  });
  return servers;
}
