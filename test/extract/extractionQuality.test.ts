import { describe, expect, it } from "vitest";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import {
  formatDisagreements,
  formatScoreTable,
  loadGoldFiles,
  precision,
  recall,
  scoreGoldFile,
  total,
  type Counts,
  type GoldScore,
} from "./goldScoring.js";

// The targets of issue 5: what an analyst must be able to trust, on these briefings and on unseen ones.
const TARGETS = {
  organizations: { precision: 0.95, recall: 0.95 },
  themes: { precision: 0.85, recall: 0.85 },
};
// Issue 5 sets no target for risks; this floor (just under the scores of the first blind annotation, P 0.54 and
// R 0.56) stops a change to the risk rules from making them worse unnoticed.
const RISK_FLOOR = { precision: 0.5, recall: 0.5 };

// GOVGRAPH_GOLD_DETAILS=1 prints every item where extraction and gold disagree, for tuning.
const SHOW_DETAILS = process.env.GOVGRAPH_GOLD_DETAILS === "1";

const extractor = new Extractor(loadTaxonomy());
const golds = loadGoldFiles();
const scores: GoldScore[] = golds.map(({ name, gold }) => scoreGoldFile(name, gold, extractor));

console.log(`extraction quality against ${golds.length} gold files\n${formatScoreTable(scores)}`);
if (SHOW_DETAILS) for (const score of scores) console.log(formatDisagreements(score));

function expectTargets(counts: Counts, target: { precision: number; recall: number }, explain: () => string): void {
  const scored = { precision: precision(counts), recall: recall(counts) };
  const met = scored.precision >= target.precision && scored.recall >= target.recall;
  expect(met, `${JSON.stringify(scored)} below ${JSON.stringify(target)}\n${explain()}`).toBe(true);
}

describe("extraction quality against hand-written gold annotations", () => {
  it("has the seed and at least two further annotated briefings", () => {
    expect(golds.map((g) => g.gold.briefing)).toContain("seeds/briefing-2026-03-25.txt");
    expect(golds.length).toBeGreaterThanOrEqual(3);
  });

  it("reaches the organization targets over all gold files (micro-averaged)", () => {
    expectTargets(total(scores, (s) => s.organizations), TARGETS.organizations, () =>
      scores.map(formatDisagreements).join("\n"),
    );
  });

  it("reaches the theme targets over all gold files (micro-averaged)", () => {
    expectTargets(total(scores, (s) => s.themes), TARGETS.themes, () => scores.map(formatDisagreements).join("\n"));
  });

  it("keeps risk subdomains above their floor over all gold files (micro-averaged)", () => {
    expectTargets(total(scores, (s) => s.risks), RISK_FLOOR, () => scores.map(formatDisagreements).join("\n"));
  });

  it.each(scores.map((s) => [s.gold, s] as const))("reaches the targets on %s alone", (_name, score) => {
    expectTargets(score.organizations, TARGETS.organizations, () => formatDisagreements(score));
    expectTargets(score.themes, TARGETS.themes, () => formatDisagreements(score));
  });
});
