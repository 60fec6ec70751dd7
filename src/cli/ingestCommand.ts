import { resolve } from "node:path";
import { loadConfig } from "../config.js";
import { Extractor } from "../extract/Extractor.js";
import { BriefingArchive } from "../pipeline/BriefingArchive.js";
import { Ingestor } from "../pipeline/Ingestor.js";
import { briefingFiles, loadBriefingFiles } from "../pipeline/loadBriefingFiles.js";
import { createStore } from "../store/createStore.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";
import { parseOptions, UsageError, type Command, storeKindOption } from "./Command.js";

const HELP = `Usage: govgraph ingest FILE|DIR... [--store neo4j|memory] [--seeds DIR]

Parses briefing files (a directory means its *.txt files) and stores them.
  --store neo4j   writes into the Neo4j database of NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD); re-ingesting an
                  unchanged briefing changes nothing.
  --store memory  (the default) checks each file and saves it into the seeds directory that
                  \`govgraph serve\` loads, so the embedded store has it at the next start.
  --seeds DIR     the seeds directory (default $GOVGRAPH_SEEDS_DIR or the project's seeds/): where --store memory
                  saves briefings, and whose reviews.json (\`govgraph review\`) applies to every store
  -h, --help      show this help

Progress goes to stderr; a summary ends the run: briefings, items created, updated, unchanged, warnings.
A bad file is reported as FILE:LINE: REASON and skipped; the exit code is then 1.`;

/** `govgraph ingest`: loads briefing files into a store, with progress and a summary. */
export const ingestCommand: Command = {
  name: "ingest",
  summary: "store briefing files (into Neo4j, or into the seeds directory)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      store: { type: "string" },
      seeds: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("name at least one briefing file or directory");
    const config = loadConfig();
    const kind = storeKindOption(values.store, config.store);
    const files = positionals.flatMap((path) => {
      try {
        return briefingFiles(path);
      } catch {
        throw new UsageError(`cannot read "${path}"`);
      }
    });
    const seedsDir = resolve(values.seeds ?? config.seedsDir);
    const extractor = new Extractor(reviewedTaxonomy(seedsDir));
    const store = await createStore(kind, config);
    try {
      await store.init(extractor.taxonomyNodes());
      const archive = kind === "memory" ? new BriefingArchive(seedsDir) : undefined;
      const ingestor = new Ingestor({ store, extractor, archive });
      const started = Date.now();
      const summary = await loadBriefingFiles(
        files,
        (bytes, file) => ingestor.ingest(bytes, file, archive !== undefined && !isIn(file, archive.dir)),
        (done, total) => {
          if (total > 1 && (done === total || done % 25 === 0)) io.err(`ingested ${done}/${total} files`);
        },
      );
      for (const f of summary.failures) io.err(f.message);
      for (const r of summary.reports) for (const w of r.warnings) io.err(`${r.file}:${w.line}: warning: ${w.message}`);
      const sum = (key: "itemsCreated" | "itemsUpdated" | "itemsUnchanged" | "itemsRemoved") =>
        summary.reports.reduce((n, r) => n + r[key], 0);
      const warnings = summary.reports.reduce((n, r) => n + r.warnings.length, 0);
      io.err(
        `${summary.reports.length} briefings ingested into ${kind}` +
          (summary.failures.length ? `, ${summary.failures.length} files refused` : "") +
          `: ${sum("itemsCreated")} items created, ${sum("itemsUpdated")} updated, ${sum("itemsUnchanged")} unchanged, ` +
          `${sum("itemsRemoved")} removed; ${warnings} warnings; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return summary.failures.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

function isIn(file: string, dir: string): boolean {
  return resolve(file).startsWith(resolve(dir) + "/");
}
