import type { ReviewDecision } from "../domain/ReviewDecision.js";
import { Extractor } from "../extract/Extractor.js";
import { DEFAULT_TAXONOMY_DIR } from "../extract/loadTaxonomy.js";
import type { Ingestor } from "../pipeline/Ingestor.js";
import { briefingFiles } from "../pipeline/loadBriefingFiles.js";
import { applyReviews } from "./applyReviews.js";
import { checkDecision, type ReviewRequest } from "./checkDecision.js";
import { ReviewLog } from "./ReviewLog.js";
import { reviewedTaxonomy } from "./reviewedTaxonomy.js";

/** A recorded decision and what applying it to the stored graph changed. */
export interface ReviewOutcome {
  decision: ReviewDecision;
  briefingsReingested: number;
  itemsUpdated: number;
  itemsRemoved: number;
  /** Briefings of the seeds directory that could not be ingested again (FILE:LINE: REASON); their graph is unchanged. */
  failures: string[];
}

/**
 * Takes analysts' decisions for a running server: checks each against the reviewed taxonomy, records it in the seeds
 * directory's reviews.json, and re-ingests the seeds directory's briefings with the new taxonomy, so that the graph
 * shows the decision at once and keeps it after a restart. Decisions are taken one at a time.
 */
export class Reviewer {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly log: ReviewLog;

  constructor(
    private readonly options: { seedsDir: string; ingestor: Ingestor; taxonomyDir?: string },
  ) {
    this.log = new ReviewLog(options.seedsDir);
  }

  decide(request: ReviewRequest): Promise<ReviewOutcome> {
    const run = this.queue.then(() => this.decideNow(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async decideNow(request: ReviewRequest): Promise<ReviewOutcome> {
    const taxonomy = reviewedTaxonomy(this.options.seedsDir, this.options.taxonomyDir ?? DEFAULT_TAXONOMY_DIR);
    const decision = checkDecision(request, taxonomy);
    this.log.append(decision);
    const extractor = new Extractor(applyReviews(taxonomy, [decision]));
    const { reports, failures } = await this.options.ingestor.reingest(extractor, briefingFiles(this.options.seedsDir));
    return {
      decision,
      briefingsReingested: reports.length,
      failures: failures.map((f) => f.message),
      itemsUpdated: reports.reduce((n, r) => n + r.itemsUpdated, 0),
      itemsRemoved: reports.reduce((n, r) => n + r.itemsRemoved, 0),
    };
  }
}
