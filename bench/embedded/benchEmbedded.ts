import { toGlobalId } from "../../src/domain/ids.js";
import type { GeneratedBriefing } from "../corpus/generateBriefings.js";
import { graphqlCall, latencyOf, NO_CACHE } from "../graphqlLatency.js";
import { recordLatency } from "../latencyTable.js";
import { round } from "../measure.js";
import { benchOperations } from "../operations.js";
import type { BenchResults } from "../results.js";
import { serveCorpus } from "./servedCorpus.js";
import { throughput } from "./throughput.js";

export interface EmbeddedSettings {
  embeddedDays: number[];
  iterations: number;
  throughputSeconds: number;
  connections: number;
}

/**
 * For each corpus size: `govgraph serve` on it in its own process, time to ready and peak memory. On the largest:
 * latency of every acceptance operation, and throughput of 02 and 03 beside `{ __typename }` on the same server.
 */
export async function benchEmbedded(
  corpus: readonly GeneratedBriefing[],
  settings: EmbeddedSettings,
  results: BenchResults,
  log: (line: string) => void,
): Promise<void> {
  const latencyDays = Math.max(...settings.embeddedDays);
  for (const days of settings.embeddedDays) {
    const briefings = corpus.slice(0, days);
    log(`  embedded: serving ${days} days`);
    const server = await serveCorpus(briefings);
    try {
      const row = {
        store: "embedded",
        days,
        items: briefings.reduce((n, b) => n + b.itemCount, 0),
        "ready s": round(server.readySeconds),
        "peak RSS at ready MiB": Math.round(server.peakRssMiB()),
      };
      if (days === latencyDays) {
        const lastDate = briefings.at(-1)?.date as string;
        const operations = benchOperations(lastDate, { organizationId: toGlobalId("Organization", "openai") });
        // The first search completes the search index that the server warms after loading.
        await graphqlCall(server.url, "{ search(query: \"warm\") { score } }", {})();
        for (const op of operations) {
          log(`  embedded: latency ${op.name}`);
          // Computed answers: a response-cache hit would time the cache, not the store and the API.
          const call = graphqlCall(server.url, op.query, op.variables, NO_CACHE);
          recordLatency(results, op.name, "embedded", await latencyOf(call, settings.iterations));
        }
        const load = { connections: settings.connections, seconds: settings.throughputSeconds };
        const ceiling = await throughput(server.url, JSON.stringify({ query: "{ __typename }" }), load);
        for (const op of operations.filter((o) => o.name.startsWith("02") || o.name.startsWith("03"))) {
          log(`  embedded: throughput ${op.name}`);
          const body = JSON.stringify({ query: op.query, variables: op.variables });
          const measured = await throughput(server.url, body, load);
          const computed = await throughput(server.url, body, { ...load, headers: NO_CACHE });
          results.throughput.push({
            operation: op.name,
            days,
            connections: settings.connections,
            "req/s": Math.round(measured.requestsPerSecond),
            "ceiling req/s ({ __typename })": Math.round(ceiling.requestsPerSecond),
            "share of ceiling": round(measured.requestsPerSecond / ceiling.requestsPerSecond),
            "req/s without response cache": Math.round(computed.requestsPerSecond),
            "share without cache": round(computed.requestsPerSecond / ceiling.requestsPerSecond),
            errors: measured.errors + computed.errors + ceiling.errors,
          });
        }
      }
      results.ingest.push({ ...row, "peak RSS MiB": Math.round(server.peakRssMiB()) });
    } finally {
      await server.close();
    }
  }
}
