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
  // NFKC leaves ASCII text as it is, and most titles are ASCII.
  const collapsed = (NOT_ASCII.test(title) ? title.normalize("NFKC") : title)
    .toLowerCase()
    .replace(QUOTES, "")
    // Only the runs of white space that are not already one space: most titles have none, and then replace
    // returns at once instead of rebuilding the string space by space.
    .replace(WHITE_SPACE_TO_COLLAPSE, " ");
  let end = collapsed.length;
  while (end > 0 && isTrailingPunctuation(collapsed.charCodeAt(end - 1))) end -= 1;
  return (end === collapsed.length ? collapsed : collapsed.slice(0, end)).trim();
}

const QUOTES = /[‘’‚‛“”„‟"'`]/g;
const NOT_ASCII = /[\u0080-\uffff]/;
const WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
const WHITE_SPACE = /\s/;

/** White space or . , ; : ! ? — dropped from the end of a title, as /[\s.,;:!?]+$/ would. */
function isTrailingPunctuation(code: number): boolean {
  if (code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 32) return true;
  return (code >= 9 && code <= 13) || (code >= 128 && WHITE_SPACE.test(String.fromCharCode(code)));
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
