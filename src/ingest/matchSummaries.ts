import type { ItemDraft } from "../domain/BriefingDraft.js";
import { contentWords } from "./contentWords.js";

/** A summary bullet paired with the top-priority item it describes. */
export interface SummaryMatch {
  bulletIndex: number;
  itemIndex: number;
  score: number;
}

/** The lowest score that counts as a match; unrelated titles in a briefing score well below it. */
export const MATCH_THRESHOLD = 0.25;
/** How much the bullet's text, compared with the item's title, adds to the title-to-title score. */
const TEXT_WEIGHT = 0.3;

type Weights = (word: string) => number;

/** Inverse document frequency over all the texts compared: a word found in fewer texts weighs more. */
function rarityWeights(documents: ReadonlyArray<ReadonlySet<string>>): Weights {
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  // Worked out once per word: every bullet is scored against every item.
  const weights = new Map<string, number>();
  for (const [word, count] of frequency) weights.set(word, 1 + Math.log(documents.length / count));
  return (word) => weights.get(word) ?? 1 + Math.log(documents.length);
}

function totalWeight(words: ReadonlySet<string>, weight: Weights): number {
  let total = 0;
  for (const word of words) total += weight(word);
  return total;
}

function sharedWeight(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: Weights): number {
  let total = 0;
  for (const word of a) if (b.has(word)) total += weight(word);
  return total;
}

/**
 * How well each bullet (row) describes each top-priority item (column). The score is a weighted Dice
 * coefficient of the two titles' content words (rarer words weigh more), plus TEXT_WEIGHT times the share of the
 * item title's weight that the bullet's text covers: the text is a weaker signal, used when titles diverge.
 */
export function summaryMatchScores(bullets: readonly ItemDraft[], items: readonly ItemDraft[]): number[][] {
  const bulletTitles = bullets.map((bullet) => new Set(contentWords(bullet.title)));
  const bulletTexts = bullets.map((bullet) => new Set(contentWords(bullet.summary ?? "")));
  const itemTitles = items.map((item) => new Set(contentWords(item.title)));
  const weight = rarityWeights([...bulletTitles, ...bulletTexts, ...itemTitles]);
  const bulletTotals = bulletTitles.map((title) => totalWeight(title, weight));
  const itemTotals = itemTitles.map((title) => totalWeight(title, weight));
  return bulletTitles.map((bulletTitle, bulletIndex) =>
    itemTitles.map((itemTitle, itemIndex) => {
      const itemTotal = itemTotals[itemIndex] as number;
      const both = (bulletTotals[bulletIndex] as number) + itemTotal;
      const dice = both === 0 ? 0 : (2 * sharedWeight(bulletTitle, itemTitle, weight)) / both;
      const text = bulletTexts[bulletIndex] ?? new Set<string>();
      const cover = itemTotal === 0 ? 0 : sharedWeight(itemTitle, text, weight) / itemTotal;
      return dice + TEXT_WEIGHT * cover;
    }),
  );
}

/**
 * Pairs Executive Summary bullets with Top Priority items by meaning, one to one: pairs scoring at least
 * MATCH_THRESHOLD (see summaryMatchScores) are taken best first, each bullet and item at most once.
 * Returned in bullet order.
 */
export function matchSummaries(bullets: readonly ItemDraft[], items: readonly ItemDraft[]): SummaryMatch[] {
  const candidates = summaryMatchScores(bullets, items).flatMap((row, bulletIndex) =>
    row.map((score, itemIndex) => ({ bulletIndex, itemIndex, score })).filter((pair) => pair.score >= MATCH_THRESHOLD),
  );
  // Best first; ties go to the earlier bullet, then the earlier item, so the outcome is deterministic.
  candidates.sort((a, b) => b.score - a.score || a.bulletIndex - b.bulletIndex || a.itemIndex - b.itemIndex);
  const usedBullets = new Set<number>();
  const usedItems = new Set<number>();
  const matches: SummaryMatch[] = [];
  for (const candidate of candidates) {
    if (usedBullets.has(candidate.bulletIndex) || usedItems.has(candidate.itemIndex)) continue;
    usedBullets.add(candidate.bulletIndex);
    usedItems.add(candidate.itemIndex);
    matches.push(candidate);
  }
  return matches.sort((a, b) => a.bulletIndex - b.bulletIndex);
}
