/**
 * `npm run bench [-- --quick] [--days N] [--seed S] [--iterations N] [--no-neo4j] [--out FILE]`
 *
 * Measures govgraph on generated corpora (bench/corpus): parse + extract throughput on one core; the embedded
 * server's time to load a corpus and serve, and its peak memory; Neo4j ingest beside the bare UNWIND floor, and
 * re-ingest; p50/p99 latency of every acceptance operation on both stores, beside hand-written Cypher (the floor)
 * and @neo4j/graphql (the peer); throughput at 32 connections beside `{ __typename }` (the ceiling). Prints tables,
 * checks the targets of issue 6, and writes a JSON result file. Neo4j parts need NEO4J_URI (npm run neo4j).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { Extractor } from "../src/extract/Extractor.js";
import { loadTaxonomy } from "../src/extract/loadTaxonomy.js";
import { generateBriefings, type GeneratedBriefing } from "./corpus/generateBriefings.js";
import { benchEmbedded } from "./embedded/benchEmbedded.js";
import { benchNeo4j } from "./neo4j/benchNeo4j.js";
import { parseThroughput } from "./parseThroughput.js";
import { checkTargets } from "./targets.js";
import { formatResults, type BenchResults } from "./results.js";

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
const only = values.days === undefined ? null : Number(values.days);
/** Quick: one year on the embedded store, four months on Neo4j (its ingest is the slow part). Full: 1 and 10 years. */
const settings = {
  quick,
  seed: Number(values.seed ?? 7),
  embeddedDays: only !== null ? [only] : quick ? [365] : [365, 3650],
  neo4jDays: only !== null ? [only] : quick ? [120] : [365, 3650],
  iterations: Number(values.iterations ?? (quick ? 15 : 200)),
  throughputSeconds: quick ? 3 : 10,
  connections: 32,
};
const out = values.out ?? new URL("./results/latest.json", import.meta.url).pathname;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const maxDays = Math.max(...settings.embeddedDays, ...settings.neo4jDays);
  log(`govgraph bench${quick ? " --quick" : ""}: corpus seed ${settings.seed}, up to ${maxDays} days`);
  const corpus: GeneratedBriefing[] = [...generateBriefings({ days: maxDays, seed: settings.seed })];
  const extractor = new Extractor(loadTaxonomy());
  const results: BenchResults = {
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
    },
    settings,
    parse: [],
    ingest: [],
    latency: [],
    throughput: [],
    targets: [],
  };

  log("parse + extract");
  const { row, graphs } = await parseThroughput(corpus.slice(0, Math.max(...settings.neo4jDays, Math.min(maxDays, 1000))));
  results.parse.push(row);

  // Written after each part, so that a long run that fails late keeps what it measured.
  const save = () => {
    results.targets = checkTargets(results, settings);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  };

  log("embedded store");
  await benchEmbedded(corpus, settings, results, log);
  save();

  const config = loadConfig();
  if (config.neo4j.uri && !values["no-neo4j"]) {
    log("neo4j");
    try {
      await benchNeo4j({ ...config.neo4j, uri: config.neo4j.uri }, corpus, graphs, extractor, settings, results, log);
    } catch (error) {
      results.machine["neo4jFailure"] = (error as Error).message;
      log(`neo4j part failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  } else {
    log("Neo4j skipped: set NEO4J_URI (npm run neo4j) to measure it too");
  }

  save();
  process.stdout.write(formatResults(results));
  log(`written ${out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
