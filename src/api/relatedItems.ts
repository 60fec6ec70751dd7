import type { Item } from "../domain/Item.js";
import type { Organization } from "../domain/Organization.js";
import { contentWords } from "../ingest/contentWords.js";
import type { ItemSharingOrganizations } from "../store/GraphStore.js";

/** Items of other organizations' lists looked at per item: enough for a story told over weeks, bounded per request. */
export const RELATED_ITEM_CANDIDATES = 100;

/** Word overlap (Dice coefficient of title and summary words) from which two items are taken to tell one story. */
export const RELATED_ITEM_MIN_SCORE = 0.15;

/** Fewest words (besides organization names) two items of one story share: one or two can be chance. */
export const RELATED_ITEM_MIN_SHARED_WORDS = 3;

/** Another item telling the same story, how alike the two are (0..1) and why they were linked. */
export interface RelatedItem {
  item: Item;
  score: number;
  reason: string;
}

/** The distinct content words of an item's title and summary. */
function storyWords(item: Pick<Item, "title" | "summary">): Set<string> {
  return new Set(contentWords(`${item.title} ${item.summary ?? ""}`));
}

/** The content words of each name of an organization ("Department of Defense" -> ["department", "defens"]). */
function nameWords(organization: Organization): string[][] {
  return [organization.name, ...organization.aliases].map(contentWords).filter((words) => words.length > 0);
}

/** Whether one of the organization's names is in the title: its main subject rather than a passing mention. */
function inTitle(titleWords: ReadonlySet<string>, names: readonly string[][]): boolean {
  return names.some((words) => words.every((w) => titleWords.has(w)));
}

/**
 * The items that tell the same story as `item`: an organization named in both titles (the main organization)
 * and titles and summaries sharing enough other words (the names of the shared organizations do not count, as
 * they are shared by construction). The score is the Dice coefficient of those words, rounded to three decimals so
 * that every store gives the same answer; best first, then in the candidates' order.
 */
export function relatedItems(item: Pick<Item, "title" | "summary">, candidates: readonly ItemSharingOrganizations[], first: number): RelatedItem[] {
  const title = new Set(contentWords(item.title));
  const words = storyWords(item);
  const related: RelatedItem[] = [];
  for (const { item: other, shared } of candidates) {
    const names = shared.map((o) => ({ organization: o, words: nameWords(o) }));
    const otherTitle = new Set(contentWords(other.title));
    const main = names.filter((n) => inTitle(title, n.words) && inTitle(otherTitle, n.words));
    if (main.length === 0) continue;
    const ignored = new Set(names.flatMap((n) => n.words.flat()));
    const mine = [...words].filter((w) => !ignored.has(w));
    const theirs = new Set([...storyWords(other)].filter((w) => !ignored.has(w)));
    const common = mine.filter((w) => theirs.has(w)).sort();
    const score = Math.round(((2 * common.length) / (mine.length + theirs.size || 1)) * 1000) / 1000;
    if (score < RELATED_ITEM_MIN_SCORE || common.length < RELATED_ITEM_MIN_SHARED_WORDS) continue;
    const organizations = main.map((n) => n.organization.name).join(", ");
    related.push({ item: other, score, reason: `Both are about ${organizations} and share the words: ${common.join(", ")}` });
  }
  return related.sort((a, b) => b.score - a.score).slice(0, first);
}
