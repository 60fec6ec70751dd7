/**
 * `npm run bench [-- --quick] [--days N] [--seed S] [--iterations N] [--no-neo4j] [--out FILE]`
 *
 * Generates a corpus (bench/corpus), then measures on the embedded store and, when NEO4J_URI is set, on Neo4j:
 * parse + extract throughput, ingest time and peak memory, re-ingest time, and p50/p99 latency of the acceptance
 * operations through the real HTTP server at concurrency 1. Prints a table and writes a JSON result file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../src/app/startServer.js";
import { loadConfig } from "../src/config.js";
import { toGlobalId } from "../src/domain/ids.js";
import { Extractor } from "../src/extract/Extractor.js";
import { loadTaxonomy } from "../src/extract/loadTaxonomy.js";
import { parseBriefing } from "../src/ingest/parseBriefing.js";
import { Ingestor } from "../src/pipeline/Ingestor.js";
import type { GraphStore } from "../src/store/GraphStore.js";
import { MemoryStore } from "../src/store/memory/MemoryStore.js";
import { Neo4jStore } from "../src/store/neo4j/Neo4jStore.js";
import { generateBriefings } from "./corpus/generateBriefings.js";
import { latencies, peakRss, percentile, round, timed } from "./measure.js";
import { benchOperations } from "./operations.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean" },
    days: { type: "string" },
    seed: { type: "string" },
    iterations: { type: "string" },
    "no-neo4j": { type: "boolean" },
    out: { type: "string" },
  },
});
const quick = values.quick ?? false;
const days = Number(values.days ?? (quick ? 365 : 3650));
const seed = Number(values.seed ?? 7);
const iterations = Number(values.iterations ?? (quick ? 20 : 100));
const out = values.out ?? new URL("./results/latest.json", import.meta.url).pathname;
const log = (line: string) => process.stderr.write(`${line}\n`);

type Row = Record<string, string | number>;
const results: { machine: Record<string, unknown>; corpus: Record<string, unknown>; rows: Row[] } = {
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  },
  corpus: { days, seed },
  rows: [],
};
const record = (row: Row) => {
  results.rows.push(row);
  log(`  ${Object.entries(row).map(([k, v]) => `${k}=${v}`).join("  ")}`);
};

async function main(): Promise<void> {
  log(`govgraph bench: ${days} days, seed ${seed}, ${iterations} iterations per operation${quick ? " (quick)" : ""}`);
  const texts = [...generateBriefings({ days, seed })];
  const lastDate = texts.at(-1)?.date ?? "2026-01-01";
  const extractor = new Extractor(loadTaxonomy());

  const parsed = await timed(() => {
    let items = 0;
    for (const { text, fileName } of texts) {
      const result = parseBriefing(text, { file: fileName });
      if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.issues[0])}`);
      items += extractor.extract(result.value).graph.items.length;
    }
    return items;
  });
  results.corpus["items"] = parsed.value;
  record({ measure: "parse+extract", store: "-", itemsPerSecond: Math.round(parsed.value / (parsed.ms / 1000)), seconds: round(parsed.ms / 1000) });

  const memory = new MemoryStore();
  await benchStore("memory", memory, texts, lastDate, extractor);

  const config = loadConfig();
  if (config.neo4j.uri && !values["no-neo4j"]) {
    const neo4j = await Neo4jStore.connect({ ...config.neo4j, uri: config.neo4j.uri });
    const [version] = await neo4j.executor.read<{ version: string }>({
      cypher: "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
      params: {},
    });
    results.machine["neo4j"] = version?.version ?? "unknown";
    await neo4j.executor.runAutoCommit(["MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"]);
    await benchStore("neo4j", neo4j, texts, lastDate, extractor);
  } else {
    log("Neo4j skipped: set NEO4J_URI (npm run neo4j) to measure it too");
  }

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results.rows);
  log(`written ${out}`);
}

async function benchStore(name: string, store: GraphStore, texts: Array<{ fileName: string; text: string }>, lastDate: string, extractor: Extractor): Promise<void> {
  log(`${name}: ingest`);
  await store.init(extractor.taxonomyNodes());
  const ingestor = new Ingestor({ store, extractor });
  const load = await peakRss(() =>
    timed(async () => {
      for (const [index, { text, fileName }] of texts.entries()) {
        await ingestor.ingest(text, fileName);
        if ((index + 1) % 500 === 0) log(`  ${index + 1}/${texts.length}`);
      }
    }),
  );
  record({ measure: "ingest", store: name, seconds: round(load.value.ms / 1000), peakRssMiB: Math.round(load.peakMiB) });
  const again = await timed(async () => {
    for (const { text, fileName } of texts) await ingestor.ingest(text, fileName);
  });
  record({ measure: "re-ingest unchanged", store: name, seconds: round(again.ms / 1000) });

  const app = await startServer({ store, seedsDir: null, host: "127.0.0.1", port: 0, apiKeys: [] });
  try {
    const openai = await store.organizationByName("OpenAI");
    for (const op of benchOperations(lastDate, { organizationId: openai?.id ?? toGlobalId("Organization", "openai") })) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const run = async () => {
        const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await response.json()) as { errors?: Array<{ message: string }> };
        if (json.errors) throw new Error(`${op.name}: ${json.errors[0]?.message}`);
      };
      try {
        const samples = await latencies(run, iterations);
        record({ measure: `latency ${op.name}`, store: name, p50ms: round(percentile(samples, 50)), p99ms: round(percentile(samples, 99)) });
      } catch (error) {
        record({ measure: `latency ${op.name}`, store: name, error: (error as Error).message.slice(0, 80) });
      }
    }
  } finally {
    await app.close();
  }
}

function printTable(rows: Row[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  process.stdout.write(`${line(columns)}\n${line(widths.map((w) => "-".repeat(w)))}\n`);
  for (const row of rows) process.stdout.write(`${line(columns.map((c) => String(row[c] ?? "")))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
