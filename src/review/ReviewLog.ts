import { existsSync } from "node:fs";
import { join } from "node:path";
import { ReviewsFile, type ReviewDecision } from "../domain/ReviewDecision.js";
import { readJsonFile } from "../files/readJsonFile.js";
import { writeAtomically } from "../files/writeAtomically.js";

/** The name of the decisions file in a seeds directory. */
export const REVIEWS_FILE_NAME = "reviews.json";

/**
 * The analysts' decisions about organizations, kept beside the briefings in the seeds directory so that every later
 * ingest applies them. A missing file means no decision yet; a damaged one is refused with its file and field.
 */
export class ReviewLog {
  readonly file: string;

  constructor(seedsDir: string) {
    this.file = join(seedsDir, REVIEWS_FILE_NAME);
  }

  decisions(): ReviewDecision[] {
    if (!existsSync(this.file)) return [];
    return readJsonFile(this.file, ReviewsFile).decisions;
  }

  /** Adds a decision at the end; the file is replaced whole, so a crash leaves the old one or the new one. */
  append(decision: ReviewDecision): void {
    const file: ReviewsFile = { version: 1, decisions: [...this.decisions(), decision] };
    writeAtomically(this.file, `${JSON.stringify(file, null, 2)}\n`);
  }
}
