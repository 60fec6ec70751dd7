import { resolve } from "node:path";
import { boundHeapGrowth } from "../app/boundHeapGrowth.js";
import { startServer } from "../app/startServer.js";
import { loadConfig } from "../config.js";
import { createStore } from "../store/createStore.js";
import { parseOptions, parsePort, UsageError, type Command, storeKindOption } from "./Command.js";

const HELP = `Usage: govgraph serve [--port 4000] [--host 127.0.0.1] [--seeds DIR] [--store memory|neo4j]

Serves the GraphQL API at /graphql and readiness at /health.

Options:
  --port N        port to listen on (default $GOVGRAPH_PORT or 4000; 0 picks a free one)
  --host ADDR     address to bind (default $GOVGRAPH_HOST or 127.0.0.1; 0.0.0.0 for all)
  --seeds DIR     briefings (*.txt) to load at start (default the project's seeds/). With the embedded store,
                  briefings ingested through the API are saved there too. With --store neo4j they are
                  ingested into the database first (idempotent).
  --no-seeds      load nothing at start
  --store KIND    memory (embedded, the default) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
  -h, --help      show this help

Mutations need GOVGRAPH_API_KEYS (comma-separated bearer keys); without it they are refused.`;

/** How far the embedded server's heap may grow past its live size between full collections (boundHeapGrowth). */
const HEAP_GROWTH_PERCENT = 40;

/** `govgraph serve`: loads the seeds and serves the API until interrupted. */
export const serveCommand: Command = {
  name: "serve",
  summary: "serve the GraphQL API (embedded store by default)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      port: { type: "string" },
      host: { type: "string" },
      seeds: { type: "string" },
      "no-seeds": { type: "boolean" },
      store: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const config = loadConfig();
    const storeKind = storeKindOption(values.store, config.store);
    const seedsDir = values["no-seeds"] ? null : resolve(values.seeds ?? config.seedsDir);
    const store = await createStore(storeKind, config);
    const started = Date.now();
    const app = await startServer({
      store,
      seedsDir,
      host: values.host ?? config.host,
      port: parsePort(values.port, config.port),
      apiKeys: config.apiKeys,
      trace: config.trace,
      responseCache: config.responseCache,
      log: (line) => io.err(line),
    }).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    // The embedded store's heap is large and static once loaded: requests' garbage need not grow it far past that.
    if (store.kind === "memory") boundHeapGrowth(HEAP_GROWTH_PERCENT);
    const counts = await app.store.counts();
    io.err(
      `govgraph: serving ${app.url}/graphql (${store.kind} store: ${counts.briefings} briefings, ${counts.items} items; ` +
        `ready in ${Date.now() - started} ms; health at ${app.url}/health)`,
    );
    if (config.apiKeys.length === 0) io.err("govgraph: no GOVGRAPH_API_KEYS set: mutations are refused");
    await new Promise<void>((done) => {
      const stop = () => {
        io.err("govgraph: shutting down");
        app.close().then(done, done);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
