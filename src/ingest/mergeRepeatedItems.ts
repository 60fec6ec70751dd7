import type { ItemDraft } from "../domain/BriefingDraft.js";
import type { LineProblem } from "./SectionResult.js";

/** Items with repeats folded into their first occurrence, and a warning for each repeat. */
export interface MergedItems {
  items: ItemDraft[];
  warnings: LineProblem[];
}

/**
 * The form of a title used to spot a repeat: Unicode-normalised, lower-case, quotes removed,
 * whitespace collapsed, trailing punctuation dropped.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛“”„‟"'`]/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/[\s.,;:!?]+$/u, "")
    .trim();
}

/**
 * Folds items of one section that share a normalised title: the first is kept, and takes from the repeat any
 * summary or details it lacks and any source URL it does not have yet. Each repeat is warned at its own line.
 */
export function mergeRepeatedItems(items: readonly ItemDraft[]): MergedItems {
  const kept = new Map<string, ItemDraft>();
  const warnings: LineProblem[] = [];
  for (const item of items) {
    const key = normalizeTitle(item.title);
    const first = kept.get(key);
    if (first === undefined) {
      kept.set(key, { ...item, sources: [...item.sources] });
      continue;
    }
    first.summary ??= item.summary;
    first.details ??= item.details;
    const urls = new Set(first.sources.map((source) => source.url));
    first.sources.push(...item.sources.filter((source) => !urls.has(source.url)));
    warnings.push({ line: item.line, message: `item repeats the item at line ${first.line}; merged into it` });
  }
  return { items: [...kept.values()], warnings };
}
