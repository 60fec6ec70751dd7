import { DEFAULT_TAXONOMY_DIR, loadTaxonomy, type Taxonomy } from "../extract/loadTaxonomy.js";
import { applyReviews } from "./applyReviews.js";
import { ReviewLog } from "./ReviewLog.js";

/** The shipped taxonomy with the decisions of the seeds directory's reviews.json applied: what extraction runs on. */
export function reviewedTaxonomy(seedsDir: string | null, taxonomyDir: string = DEFAULT_TAXONOMY_DIR): Taxonomy {
  const taxonomy = loadTaxonomy(taxonomyDir);
  return seedsDir === null ? taxonomy : applyReviews(taxonomy, new ReviewLog(seedsDir).decisions());
}
