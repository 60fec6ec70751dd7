import type { ParseWarning } from "../domain/BriefingDraft.js";
import type { Briefing } from "../domain/Briefing.js";
import type { Extractor } from "../extract/Extractor.js";
import { prepareBriefing, type PreparedBriefing } from "./prepareBriefing.js";
import type { GraphStore, IngestOutcome } from "../store/GraphStore.js";
import type { BriefingArchive } from "./BriefingArchive.js";
import { loadBriefingFiles, type LoadSummary } from "./loadBriefingFiles.js";

/** What one ingested briefing changed, and the defects of its text. */
export interface IngestReport extends IngestOutcome {
  file: string;
  briefing: Briefing;
  warnings: ParseWarning[];
}

export interface IngestorOptions {
  store: GraphStore;
  extractor: Extractor;
  /** Where texts ingested with `save: true` are kept (the embedded store's seeds directory). */
  archive?: BriefingArchive;
}

/**
 * Text -> parse -> extract -> store, one briefing at a time. A text that is not a briefing is refused with a
 * BadUserInputError naming file and line, before anything is written.
 */
export class Ingestor {
  private queue: Promise<unknown> = Promise.resolve();
  private extractor: Extractor;
  private writes = 0;

  constructor(private readonly options: IngestorOptions) {
    this.extractor = options.extractor;
  }

  /** Ingests one text. With `save`, the text is also written to the archive, and put back if the store write fails. */
  ingest(input: string | Uint8Array, file: string, save = false): Promise<IngestReport> {
    // Writes are serialised: two ingests of the same day must not interleave.
    const run = this.queue.then(() => this.ingestNow(input, file, save));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Counts store writes through this ingestor (tried, whether or not they changed anything): caches key on it. */
  get revision(): number {
    return this.writes;
  }

  /**
   * Switches to `extractor` (a taxonomy with new review decisions) and ingests `files` again with it, after any
   * ingest already queued and before any that follows. A file that fails is reported and skipped: its stored version stays.
   */
  reingest(extractor: Extractor, files: readonly string[]): Promise<LoadSummary> {
    const run = this.queue.then(() => {
      this.extractor = extractor;
      return loadBriefingFiles(files, (bytes, file) => this.ingestNow(bytes, file, false));
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Stores a briefing already parsed and extracted (by a worker of an ExtractorPool, with the same taxonomy), in
   * turn with other ingests.
   */
  ingestPrepared(prepared: PreparedBriefing, file: string): Promise<IngestReport> {
    const run = this.queue.then(() => this.write(prepared, file, null));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(input: string | Uint8Array, file: string, save: boolean): Promise<IngestReport> {
    const prepared = prepareBriefing(input, file, this.extractor);
    const text = save && this.options.archive ? (typeof input === "string" ? input : Buffer.from(input).toString("utf8")) : null;
    return this.write(prepared, file, text);
  }

  /** Writes the graph; with `text`, also saves it to the archive, and puts the archive back if the write fails. */
  private async write(prepared: PreparedBriefing, file: string, text: string | null): Promise<IngestReport> {
    const { graph, warnings } = prepared;
    const undo = text === null ? undefined : this.options.archive?.save(graph.briefing.date, text);
    let outcome: IngestOutcome;
    try {
      outcome = await this.options.store.ingest(graph);
    } catch (error) {
      undo?.();
      throw error;
    } finally {
      this.writes += 1;
    }
    this.options.archive?.remember(graph.briefing.date, file);
    return { file, briefing: graph.briefing, warnings, ...outcome };
  }
}
