import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { userMessage } from "../errors.js";
import type { IngestReport } from "./Ingestor.js";

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
