import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { exportGraph, type ExportFormat } from "../api/graph/exports/exportGraph.js";
import { itemGraph } from "../api/graph/itemGraph.js";
import { loadConfig } from "../config.js";
import { IsoDate } from "../domain/BriefingDraft.js";
import { BadUserInputError } from "../errors.js";
import { Extractor } from "../extract/Extractor.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";
import { Ingestor } from "../pipeline/Ingestor.js";
import { briefingFiles, loadBriefingFiles } from "../pipeline/loadBriefingFiles.js";
import { createStore } from "../store/createStore.js";
import type { GraphStore, ItemQuery } from "../store/GraphStore.js";
import { parseOptions, UsageError, type Command, type CliIO, storeKindOption } from "./Command.js";

const HELP = `Usage: govgraph export --format graphml|gexf|cytoscape-json [--theme SLUG] [--from DATE --to DATE]
                       [--out FILE] [--store memory|neo4j] [--seeds DIR]

Writes the item graph as a document for Gephi, Cytoscape or networkx: every item with the organizations, themes and
publishers it links to (edges MENTIONS, HAS_THEME, CITED_BY, from the item). Node ids are the API's global ids.

Options:
  --format F      graphml, gexf (GEXF 1.2) or cytoscape-json (required)
  --theme SLUG    only items with this theme (with everything they link to)
  --from DATE     only items of briefings on or after DATE (YYYY-MM-DD)
  --to DATE       only items of briefings on or before DATE
  --out FILE      write to FILE instead of stdout
  --store KIND    memory (the default: loads the seeds directory first) or neo4j (reads NEO4J_URI as it is)
  --seeds DIR     briefings (*.txt) to load for --store memory (default $GOVGRAPH_SEEDS_DIR or the project's seeds/)
  -h, --help      show this help

A summary goes to stderr: nodes and edges written.`;

const FORMATS: Readonly<Record<string, ExportFormat>> = { graphml: "GRAPHML", gexf: "GEXF", "cytoscape-json": "CYTOSCAPE_JSON" };

/** `govgraph export`: the whole item graph, or the items of a theme or date range, as a drawing tool's document. */
export const exportCommand: Command = {
  name: "export",
  summary: "write the graph as GraphML, GEXF or Cytoscape JSON",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: "string" },
      theme: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      store: { type: "string" },
      seeds: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.format === undefined) throw new UsageError("--format is required: graphml, gexf or cytoscape-json");
    const format = FORMATS[values.format];
    if (format === undefined) throw new UsageError(`--format must be graphml, gexf or cytoscape-json; got "${values.format}"`);
    const from = checkedDate("--from", values.from);
    const to = checkedDate("--to", values.to);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
    const config = loadConfig();
    const kind = storeKindOption(values.store, config.store);
    if (kind === "neo4j" && values.seeds !== undefined) throw new UsageError("--seeds applies to --store memory; Neo4j is read as it is");

    const store = await createStore(kind, config);
    try {
      if (kind === "memory") await loadSeeds(store, resolve(values.seeds ?? config.seedsDir), io);
      const query: ItemQuery = { from, to };
      if (values.theme !== undefined) {
        const theme = await store.themeBySlug(values.theme.trim().toLowerCase());
        if (!theme) throw new BadUserInputError(`--theme: no theme has the slug "${values.theme}"`);
        query.themeId = theme.id;
      }
      const graph = await itemGraph(store, query);
      const document = exportGraph(graph, format);
      if (values.out === undefined) io.out(document);
      else writeDocument(values.out, document);
      io.err(`exported ${graph.nodes.length} nodes and ${graph.edges.length} edges as ${values.format}${values.out ? ` to ${values.out}` : ""}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

function writeDocument(file: string, document: string): void {
  try {
    writeFileSync(file, document);
  } catch (error) {
    throw new BadUserInputError(`--out: cannot write "${file}" (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function checkedDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new UsageError(`${option} must be a real calendar day written YYYY-MM-DD; got "${value}"`);
  return parsed.data;
}

/** Fills the embedded store from the seeds directory as `serve` does; a bad file is reported and skipped. */
async function loadSeeds(store: GraphStore, seedsDir: string, io: CliIO): Promise<void> {
  const extractor = new Extractor(reviewedTaxonomy(seedsDir));
  await store.init(extractor.taxonomyNodes());
  const ingestor = new Ingestor({ store, extractor });
  let files: string[];
  try {
    files = briefingFiles(seedsDir);
  } catch {
    throw new UsageError(`cannot read the seeds directory "${seedsDir}"`);
  }
  const loaded = await loadBriefingFiles(files, (bytes, file) => ingestor.ingest(bytes, file));
  for (const failure of loaded.failures) io.err(`skipped ${failure.message}`);
}
