import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { userMessage } from "../errors.js";
import type { ExtractorPool } from "./ExtractorPool.js";
import type { Ingestor, IngestReport } from "./Ingestor.js";
import type { PreparedBriefing } from "./prepareBriefing.js";

/** One file that could not be ingested, and why (file:line: reason). */
export interface FileFailure {
  file: string;
  message: string;
}

export interface LoadSummary {
  reports: IngestReport[];
  failures: FileFailure[];
}

/** The briefing files (*.txt) of a directory, or the file itself, in name order. */
export function briefingFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt") && !entry.name.startsWith("."))
    .map((entry) => join(path, entry.name))
    .sort();
}

/**
 * Ingests every file; a bad file is reported and skipped, the others still load.
 * `onProgress` hears after each file, for progress lines on long runs.
 */
export async function loadBriefingFiles(
  files: readonly string[],
  ingest: (bytes: Uint8Array, file: string) => Promise<IngestReport>,
  onProgress: (done: number, total: number, file: string) => void = () => {},
): Promise<LoadSummary> {
  const summary: LoadSummary = { reports: [], failures: [] };
  for (const [index, file] of files.entries()) {
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      summary.failures.push({ file, message: `${file}:1: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})` });
    }
    if (bytes !== null) {
      try {
        summary.reports.push(await ingest(bytes, file));
      } catch (error) {
        summary.failures.push({ file, message: userMessage(error).message });
      }
    }
    onProgress(index + 1, files.length, file);
  }
  return summary;
}

/** Files being extracted ahead of the store writes: enough to keep every worker busy, few enough to bound memory. */
const PREPARED_AHEAD = 64;

/**
 * loadBriefingFiles with reading, parsing and extraction done by `pool`'s threads ahead of the store writes, which
 * stay in file order on this thread. Same summary, same failures.
 */
export async function loadBriefingFilesWithPool(
  files: readonly string[],
  pool: ExtractorPool,
  ingestor: Ingestor,
  onProgress: (done: number, total: number, file: string) => void = () => {},
): Promise<LoadSummary> {
  const summary: LoadSummary = { reports: [], failures: [] };
  const ahead: Array<Promise<PreparedBriefing>> = [];
  let submitted = 0;
  const submit = () => {
    while (submitted < files.length && ahead.length < PREPARED_AHEAD) {
      const prepared = pool.prepare(files[submitted] as string);
      prepared.catch(() => undefined); // awaited below, in order; this only keeps an early failure from going unhandled
      ahead.push(prepared);
      submitted += 1;
    }
  };
  submit();
  for (const [index, file] of files.entries()) {
    const prepared = ahead.shift() as Promise<PreparedBriefing>;
    submit();
    try {
      summary.reports.push(await ingestor.ingestPrepared(await prepared, file));
    } catch (error) {
      summary.failures.push({ file, message: userMessage(error).message });
    }
    onProgress(index + 1, files.length, file);
  }
  return summary;
}
