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

/**
 * The content words of the texts compared, each text's distinct words in the order met, as ids into one
 * vocabulary: lists of ids rather than Sets of strings, as every bullet is scored against every item.
 */
class Documents {
  private readonly ids = new Map<string, number>();
  /** The distinct word ids of each text, in the order met. */
  readonly words: number[][] = [];
  /** Per word id, the index of the last text it was met in: spots repeats within a text without a Set. */
  private readonly lastText: number[] = [];

  /** Adds a text's content words, and returns its index. */
  add(text: string): number {
    const index = this.words.length;
    const distinct: number[] = [];
    for (const word of contentWords(text)) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
        this.lastText.push(-1);
      }
      if (this.lastText[id] === index) continue;
      this.lastText[id] = index;
      distinct.push(id);
    }
    this.words.push(distinct);
    return index;
  }

  /** Inverse document frequency of each word id, once every text is added: a word found in fewer texts weighs more. */
  weights(): Float64Array {
    const vocabulary = this.ids.size;
    const counts = new Int32Array(vocabulary);
    for (const ids of this.words) for (const id of ids) counts[id] = (counts[id] as number) + 1;
    const weights = new Float64Array(vocabulary);
    for (let id = 0; id < vocabulary; id += 1) weights[id] = 1 + Math.log(this.words.length / (counts[id] as number));
    return weights;
  }
}

/** The summed weight of `words`, in their order (the order fixes the rounding). */
function totalWeight(words: readonly number[], weights: Float64Array): number {
  let total = 0;
  for (const id of words) total += weights[id] as number;
  return total;
}

/** The summed weight of the words of `a` that `b` holds too, in the order of `a`: titles have a few words each. */
function sharedWeight(a: readonly number[], b: readonly number[], weights: Float64Array): number {
  let total = 0;
  for (const id of a) if (b.includes(id)) total += weights[id] as number;
  return total;
}

/**
 * How well each bullet (row) describes each top-priority item (column). The score is a weighted Dice
 * coefficient of the two titles' content words (rarer words weigh more), plus TEXT_WEIGHT times the share of the
 * item title's weight that the bullet's text covers: the text is a weaker signal, used when titles diverge.
 */
export function summaryMatchScores(bullets: readonly ItemDraft[], items: readonly ItemDraft[]): number[][] {
  const scores = scoreTable(bullets, items);
  return bullets.map((_, b) => Array.from(scores.subarray(b * items.length, (b + 1) * items.length)));
}

/** summaryMatchScores as one table, row after row: numbers in a typed array keep one representation. */
function scoreTable(bullets: readonly ItemDraft[], items: readonly ItemDraft[]): Float64Array {
  // The texts in the order the weights have always been counted in: bullet titles, bullet texts, item titles.
  const documents = new Documents();
  for (const bullet of bullets) documents.add(bullet.title);
  for (const bullet of bullets) documents.add(bullet.summary ?? "");
  for (const item of items) documents.add(item.title);
  const weights = documents.weights();
  const words = documents.words;
  const itemTitles = words.slice(2 * bullets.length);
  const itemTotals = itemTitles.map((title) => totalWeight(title, weights));
  // Which words the bullet at hand's text holds, marked with the bullet's index + 1.
  const inBulletText = new Int32Array(weights.length);
  const scores = new Float64Array(bullets.length * items.length);
  for (let b = 0; b < bullets.length; b += 1) {
    const bulletTitle = words[b] as number[];
    for (const id of words[bullets.length + b] as number[]) inBulletText[id] = b + 1;
    const bulletTotal = totalWeight(bulletTitle, weights);
    for (let i = 0; i < items.length; i += 1) {
      const itemTitle = itemTitles[i] as number[];
      const itemTotal = itemTotals[i] as number;
      const both = bulletTotal + itemTotal;
      const dice = both === 0 ? 0 : (2 * sharedWeight(bulletTitle, itemTitle, weights)) / both;
      let covered = 0;
      for (const id of itemTitle) if (inBulletText[id] === b + 1) covered += weights[id] as number;
      const cover = itemTotal === 0 ? 0 : covered / itemTotal;
      scores[b * items.length + i] = dice + TEXT_WEIGHT * cover;
    }
  }
  return scores;
}

/**
 * Pairs Executive Summary bullets with Top Priority items by meaning, one to one: pairs scoring at least
 * MATCH_THRESHOLD (see summaryMatchScores) are taken best first, each bullet and item at most once.
 * Returned in bullet order.
 */
export function matchSummaries(bullets: readonly ItemDraft[], items: readonly ItemDraft[]): SummaryMatch[] {
  const scores = scoreTable(bullets, items);
  const candidates: SummaryMatch[] = [];
  for (let bulletIndex = 0; bulletIndex < bullets.length; bulletIndex += 1) {
    for (let itemIndex = 0; itemIndex < items.length; itemIndex += 1) {
      const score = scores[bulletIndex * items.length + itemIndex] as number;
      if (score >= MATCH_THRESHOLD) candidates.push({ bulletIndex, itemIndex, score });
    }
  }
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
