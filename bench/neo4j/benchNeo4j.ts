import neo4j, { type Driver } from "neo4j-driver";
import { startServer } from "../../src/app/startServer.js";
import type { BriefingGraph } from "../../src/domain/BriefingGraph.js";
import { toGlobalId } from "../../src/domain/ids.js";
import type { Extractor } from "../../src/extract/Extractor.js";
import type { Neo4jConnection } from "../../src/store/neo4j/Neo4jExecutor.js";
import { Neo4jStore } from "../../src/store/neo4j/Neo4jStore.js";
import type { GeneratedBriefing } from "../corpus/generateBriefings.js";
import { floorOperations } from "../floor/cypherFloor.js";
import { graphqlCall, interleavedLatencyOf } from "../graphqlLatency.js";
import { recordLatency, recordRatio } from "../latencyTable.js";
import { peakRss, round, timed } from "../measure.js";
import { benchOperations } from "../operations.js";
import { peerOperations } from "../peer/peerOperations.js";
import { startPeerServer } from "../peer/peerServer.js";
import type { BenchResults } from "../results.js";
import { unwindIngest } from "./unwindFloor.js";

export interface Neo4jSettings {
  neo4jDays: number[];
  iterations: number;
}

/**
 * For each corpus size, on an emptied database: the UNWIND floor loads the extracted rows, then (emptied again)
 * govgraph's Neo4jStore ingests the same rows, then ingests them again unchanged. On the largest: latency of every
 * acceptance operation through govgraph's server, through hand-written Cypher and through @neo4j/graphql.
 */
export async function benchNeo4j(
  connection: Neo4jConnection,
  corpus: readonly GeneratedBriefing[],
  graphs: readonly BriefingGraph[],
  extractor: Extractor,
  settings: Neo4jSettings,
  results: BenchResults,
  log: (line: string) => void,
): Promise<void> {
  const store = await Neo4jStore.connect(connection);
  const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password ?? "") : undefined;
  const driver = neo4j.driver(connection.uri, auth);
  const database = connection.database;
  try {
    const [version] = await store.executor.read<{ version: string }>({
      cypher: "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
      params: {},
    });
    results.machine["neo4j"] = version?.version ?? "unknown";
    const latencyDays = Math.max(...settings.neo4jDays);
    for (const days of settings.neo4jDays) {
      const rows = graphs.slice(0, days);
      if (rows.length < days) throw new Error(`only ${rows.length} extracted briefings for a ${days}-day Neo4j run`);
      await emptyDatabase(store, extractor);
      log(`  neo4j: UNWIND floor, ${days} days`);
      const floor = await timed(() => eachInTurn(rows, (graph) => unwindIngest(driver, graph, database)));
      await emptyDatabase(store, extractor);
      log(`  neo4j: govgraph ingest, ${days} days`);
      const ingest = await peakRss(() => timed(() => eachInTurn(rows, (graph) => store.ingest(graph))));
      log(`  neo4j: govgraph re-ingest, ${days} days`);
      const again = await timed(() => eachInTurn(rows, (graph) => store.ingest(graph)));
      results.ingest.push({
        store: "neo4j",
        days,
        items: rows.reduce((n, g) => n + g.items.length, 0),
        "UNWIND floor s": round(floor.ms / 1000),
        "ingest s": round(ingest.value.ms / 1000),
        "ingest / floor": round(ingest.value.ms / floor.ms),
        "re-ingest unchanged s": round(again.ms / 1000),
        "client peak RSS MiB": Math.round(ingest.peakMiB),
      });
      if (days === latencyDays) await latencies(store, driver, database, corpus[days - 1]?.date as string, settings, results, log);
    }
    recordRatio(results, "neo4j", "floor", "neo4j / floor");
    recordRatio(results, "neo4j", "peer", "neo4j / peer");
  } finally {
    await driver.close();
    await store.close();
  }
}

async function latencies(
  store: Neo4jStore,
  driver: Driver,
  database: string | undefined,
  lastDate: string,
  settings: Neo4jSettings,
  results: BenchResults,
  log: (line: string) => void,
): Promise<void> {
  const ids = { organizationId: toGlobalId("Organization", "openai") };
  const operations = benchOperations(lastDate, ids);
  const peerOps = new Map(peerOperations(lastDate, ids).map((op) => [op.name, op]));
  // Both servers run side by side, so that govgraph, the floor and the peer answer each operation in turns.
  const app = await startServer({ store, seedsDir: null, host: "127.0.0.1", port: 0, apiKeys: [] });
  try {
    const peer = await startPeerServer(driver, database);
    try {
      for (const op of operations) {
        log(`  neo4j: latency ${op.name} (govgraph, floor, peer in turns)`);
        const floor = floorOperations.find((f) => f.name === op.name);
        const equivalent = peerOps.get(op.name);
        const runs: Record<string, () => Promise<unknown>> = { neo4j: graphqlCall(app.url, op.query, op.variables) };
        if (floor) runs["floor"] = () => floor.run(driver, op.variables, database);
        if (equivalent) runs["peer"] = graphqlCall(peer.url, equivalent.query, equivalent.variables);
        const measured = await interleavedLatencyOf(runs, settings.iterations);
        for (const label of ["neo4j", "floor", "peer"]) recordLatency(results, op.name, label, measured[label] ?? "none");
      }
    } finally {
      await peer.close();
    }
  } finally {
    await app.close().catch(() => undefined);
  }
}

/**
 * Every relationship, then every node, deleted in batches, then the schema and taxonomy nodes prepared again.
 * Relationships go first: a DETACH DELETE batch of organizations would take their tens of thousands of links with
 * them in one transaction, past the server's transaction memory.
 */
async function emptyDatabase(store: Neo4jStore, extractor: Extractor): Promise<void> {
  await store.executor.runAutoCommit([
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS",
  ]);
  await store.init(extractor.taxonomyNodes());
}

async function eachInTurn<T>(list: readonly T[], work: (value: T) => Promise<unknown>): Promise<void> {
  for (const value of list) await work(value);
}
