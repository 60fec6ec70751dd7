import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { writeAtomically } from "../files/writeAtomically.js";

/**
 * The seeds directory as the embedded store's durable copy: each briefing ingested through the API is written
 * there, atomically (temporary file, fsync, rename), so that a restart loads it again.
 */
export class BriefingArchive {
  /** File names already holding a date, so that a new version replaces its file instead of adding a second one. */
  private readonly fileByDate = new Map<string, string>();

  constructor(readonly dir: string) {}

  /** Records that `file` (in this directory) holds the briefing of `date`. */
  remember(date: string, file: string): void {
    if (dirname(resolve(file)) === resolve(this.dir)) this.fileByDate.set(date, basename(file));
  }

  /**
   * Writes the text as the file of `date`, replacing any earlier one whole.
   * Returns a function that puts back what was there before, for when the store write that follows fails.
   */
  save(date: string, text: string): () => void {
    const name = this.fileByDate.get(date) ?? `briefing-${date}.txt`;
    const target = join(this.dir, name);
    const previous = existsSync(target) ? readFileSync(target) : null;
    writeAtomically(target, text);
    this.fileByDate.set(date, name);
    return () => {
      if (previous === null) rmSync(target, { force: true });
      else writeAtomically(target, previous);
    };
  }
}
