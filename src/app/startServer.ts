import { createApolloServer } from "../api/createApolloServer.js";
import { startHttpServer, type RunningServer } from "../api/httpServer.js";
import { Extractor } from "../extract/Extractor.js";
import { DEFAULT_TAXONOMY_DIR } from "../extract/loadTaxonomy.js";
import { BriefingArchive } from "../pipeline/BriefingArchive.js";
import { Ingestor } from "../pipeline/Ingestor.js";
import { ExtractorPool } from "../pipeline/ExtractorPool.js";
import {
  briefingFiles,
  loadBriefingFiles,
  loadBriefingFilesWithPool,
  type LoadSummary,
} from "../pipeline/loadBriefingFiles.js";

/** From this many briefings on, loading at start extracts them on worker threads. */
const PARALLEL_LOAD_MIN_FILES = 50;
import type { GraphStore } from "../store/GraphStore.js";
import { Reviewer } from "../review/Reviewer.js";
import { ResponseCache } from "../api/ResponseCache.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";

export interface StartServerOptions {
  store: GraphStore;
  /**
   * Briefings to load at start, and reviews.json, the analysts' decisions; for the embedded store, API ingests are
   * saved here too. Null loads nothing and disables review mutations.
   */
  seedsDir: string | null;
  taxonomyDir?: string;
  host: string;
  port: number;
  apiKeys: readonly string[];
  /** Report store calls and duration in extensions.trace (GOVGRAPH_TRACE). */
  trace?: boolean;
  /**
   * Keep answers of queries until the next write (GOVGRAPH_RESPONSE_CACHE, default on). Only the embedded store
   * uses it (a Neo4j database may be written by other processes), and never with tracing.
   */
  responseCache?: boolean;
  /** Progress and problems while loading, one line each. */
  log?: (line: string) => void;
}

/** A started govgraph: the HTTP server, its store, and what loading the seeds gave. */
export interface Govgraph extends RunningServer {
  store: GraphStore;
  ingestor: Ingestor;
  loaded: LoadSummary;
}

/**
 * Composition root: taxonomy -> extractor -> store (prepared, seeds loaded) -> GraphQL -> HTTP.
 * The server listens only once the seeds are in, so /health answering means ready.
 */
export async function startServer(options: StartServerOptions): Promise<Govgraph> {
  const log = options.log ?? (() => {});
  const taxonomyDir = options.taxonomyDir ?? DEFAULT_TAXONOMY_DIR;
  const extractor = new Extractor(reviewedTaxonomy(options.seedsDir, taxonomyDir));
  await options.store.init(extractor.taxonomyNodes());
  const archive =
    options.seedsDir !== null && options.store.kind === "memory" ? new BriefingArchive(options.seedsDir) : undefined;
  const ingestor = new Ingestor({ store: options.store, extractor, archive });
  const files = options.seedsDir === null ? [] : briefingFiles(options.seedsDir);
  const progress = (done: number, total: number) => {
    if (total >= 20 && (done % 100 === 0 || done === total)) log(`loaded ${done}/${total} briefings`);
  };
  // Many files: extract them on every core; a few: not worth starting threads.
  const pool = files.length >= PARALLEL_LOAD_MIN_FILES ? ExtractorPool.create({ seedsDir: options.seedsDir, taxonomyDir }) : null;
  if (pool) log(`loading ${files.length} briefings, extracted on ${pool.size} threads`);
  let loaded: LoadSummary;
  try {
    loaded = pool
      ? await loadBriefingFilesWithPool(files, pool, ingestor, progress)
      : await loadBriefingFiles(files, (bytes, file) => ingestor.ingest(bytes, file), progress);
  } finally {
    await pool?.close();
  }
  for (const failure of loaded.failures) log(`skipped ${failure.message}`);
  options.store.warmUp();
  const reviewer = options.seedsDir === null ? null : new Reviewer({ seedsDir: options.seedsDir, ingestor, taxonomyDir });
  const apollo = createApolloServer();
  await apollo.start();
  const http = await startHttpServer({
    apollo,
    services: {
      store: options.store,
      ingestor,
      reviewer,
      apiKeys: options.apiKeys,
      trace: options.trace ?? false,
      ...(options.responseCache !== false && options.store.kind === "memory" && !options.trace
        ? { responseCache: new ResponseCache() }
        : {}),
    },
    host: options.host,
    port: options.port,
  });
  return {
    ...http,
    store: options.store,
    ingestor,
    loaded,
    close: async () => {
      await http.close();
      await apollo.stop();
      await options.store.close();
    },
  };
}
