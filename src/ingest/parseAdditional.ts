import type { ItemDraft } from "../domain/BriefingDraft.js";
import { appendText, matchLabelLine } from "./matchLabelLine.js";
import { mergeRepeatedItems } from "./mergeRepeatedItems.js";
import type { Line } from "./readLines.js";
import { emptySectionResult, type SectionResult } from "./SectionResult.js";

/** Words that cannot end a complete title: a line after one of them finishes the title. */
const JOINING_WORDS = new Set(["a", "an", "and", "as", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with"]);

/**
 * Whether `next` reads as the rest of `title` broken over two lines: it starts in lower case, or the title
 * leaves a bracket open, or ends on a joining sign (, / - – — & + :) or a joining word ("and", "of", …).
 */
export function looksLikeWrappedTitle(title: string, next: string): boolean {
  const opened = (title.match(/\(/gu) ?? []).length > (title.match(/\)/gu) ?? []).length;
  const lastWord = /(\p{L}+)$/u.exec(title)?.[1]?.toLowerCase() ?? "";
  return /^\p{Ll}/u.test(next) || opened || /[,/\-–—&+:]$/u.test(title) || JOINING_WORDS.has(lastWord);
}

/**
 * Reads Additional items: a title on a line of its own, then "Summary: …" and "Details: …" lines.
 *
 * The rule for an unlabelled line: it opens a new item, except when the item above has neither Summary nor
 * Details yet and the line looks like the rest of a wrapped title (see looksLikeWrappedTitle); then it is
 * appended to that title. So a Summary/Details text wrapped onto a second line becomes an item of its own,
 * and shows up as one with no Summary/Details line.
 *
 * A Summary/Details line with no title above it refuses the file ("item with no title"); so does one that
 * would fill a field the item above already has, since it then belongs to an item whose title is missing.
 * Missing Summary or Details lines are warned at the title's line (after repeats are merged).
 */
export function parseAdditional(lines: readonly Line[]): SectionResult {
  const result = emptySectionResult();
  const items: ItemDraft[] = [];
  // Collects the labelled lines of an item whose title is missing, so that it is refused once, not per line.
  let untitled: ItemDraft | null = null;
  for (const line of lines) {
    const current = items.at(-1);
    const label = matchLabelLine(line.text);
    if (label !== null) {
      let target = untitled ?? current;
      if (target === undefined || target[label.field] !== null) {
        result.refusals.push({ line: line.number, message: "item with no title" });
        target = untitled = additionalItem("", line.number);
      }
      target[label.field] = appendText(null, label.text);
      continue;
    }
    untitled = null;
    if (current !== undefined && current.summary === null && current.details === null
      && looksLikeWrappedTitle(current.title, line.text)) {
      current.title = `${current.title} ${line.text}`;
    } else {
      items.push(additionalItem(line.text.replace(/^[-*•]\s+/u, ""), line.number));
    }
  }
  const merged = mergeRepeatedItems(items);
  result.items = merged.items;
  result.warnings.push(...merged.warnings);
  for (const item of merged.items) {
    if (item.summary === null) result.warnings.push({ line: item.line, message: "item has no Summary line" });
    if (item.details === null) result.warnings.push({ line: item.line, message: "item has no Details line" });
  }
  return result;
}

function additionalItem(title: string, line: number): ItemDraft {
  return { section: "ADDITIONAL", priority: null, title, summary: null, details: null, sources: [], line };
}
