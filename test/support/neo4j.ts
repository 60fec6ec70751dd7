import { afterAll, describe, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { Neo4jStore } from "../../src/store/neo4j/Neo4jStore.js";

const config = loadConfig();
/** Set by .ci/run: without a reachable Neo4j the Neo4j suites fail instead of being skipped. */
const required = process.env["GOVGRAPH_REQUIRE_NEO4J"] === "1";
let warned = false;

/**
 * Declares a suite that needs a real Neo4j (NEO4J_URI). Without one it is skipped with a message saying why,
 * unless GOVGRAPH_REQUIRE_NEO4J=1, where it fails.
 */
export function describeNeo4j(name: string, body: () => void): void {
  if (config.neo4j.uri) {
    describe(name, body);
    return;
  }
  if (required) {
    describe(name, () => {
      it("needs a Neo4j database", () => {
        throw new Error("GOVGRAPH_REQUIRE_NEO4J=1 but NEO4J_URI is not set: start Neo4j (npm run neo4j) and set NEO4J_URI");
      });
    });
    return;
  }
  if (!warned) {
    console.warn("Neo4j suites skipped: NEO4J_URI is not set. Start one with `npm run neo4j` and run NEO4J_URI=bolt://127.0.0.1:7687 npm test.");
    warned = true;
  }
  describe.skipIf(true)(name, body);
}

const opened: Neo4jStore[] = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

/** A connected Neo4jStore over an emptied database (every node and relationship deleted). */
export async function emptyNeo4jStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.connect({ ...config.neo4j, uri: config.neo4j.uri as string });
  opened.push(store);
  await store.executor.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
  return store;
}
