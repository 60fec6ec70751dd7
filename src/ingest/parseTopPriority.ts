import type { ItemDraft } from "../domain/BriefingDraft.js";
import { appendText, type ItemField, matchLabelLine } from "./matchLabelLine.js";
import { mergeRepeatedItems } from "./mergeRepeatedItems.js";
import type { Line } from "./readLines.js";
import { emptySectionResult, type SectionResult } from "./SectionResult.js";

/** "N. Title" or "N) Title"; N is the rank. Six digits at most keeps it a safe integer. */
const ITEM_PATTERN = /^([1-9]\d{0,5})[.)](?:\s+(.*))?$/u;
/** "- [k] url" (the bullet sign is optional); the URL or reddit path is kept as written. */
const SOURCE_PATTERN = /^(?:[-*•]\s*)?\[(\d{1,6})\]\s*(\S.*)$/u;

/**
 * Reads Top Priority items: "N. <Title>" opens an item of rank N; "- [k] <url>" lines and "Summary:" /
 * "Details:" lines belong to the item above. A line that is none of these continues the Summary/Details line
 * right above it; anywhere else it is ignored with a warning. Items keep file order; a rank that does not
 * increase is warned about. Repeated titles are merged.
 */
export function parseTopPriority(lines: readonly Line[]): SectionResult {
  const result = emptySectionResult();
  const items: ItemDraft[] = [];
  let lastField: ItemField | null = null;
  for (const line of lines) {
    const current = items.at(-1);
    const item = ITEM_PATTERN.exec(line.text);
    const source = item === null ? SOURCE_PATTERN.exec(line.text) : null;
    const label = item === null && source === null ? matchLabelLine(line.text) : null;
    if (item !== null) {
      lastField = null;
      const [, rank = "", title = ""] = item;
      if (title.trim() === "") {
        result.refusals.push({ line: line.number, message: "item with no title" });
        continue;
      }
      if (current !== undefined && current.priority !== null && Number(rank) <= current.priority) {
        result.warnings.push({ line: line.number, message: `priority ${rank} comes after priority ${current.priority}` });
      }
      items.push(newItem(Number(rank), title.trim(), line.number));
    } else if (source !== null) {
      lastField = null;
      if (current === undefined) {
        result.warnings.push({ line: line.number, message: "source line before the first item ignored" });
        continue;
      }
      const [, ref = "", url = ""] = source;
      if (current.sources.some((known) => known.url === url.trim())) {
        result.warnings.push({ line: line.number, message: `duplicate source URL ${url.trim()} in this item; kept the first` });
        continue;
      }
      current.sources.push({ ref: Number(ref), url: url.trim(), line: line.number });
    } else if (label !== null) {
      if (current === undefined) {
        // Refused once for a run of labelled lines: they all belong to the one missing title.
        if (lastField === null) result.refusals.push({ line: line.number, message: "item with no title" });
        lastField = label.field;
        continue;
      }
      lastField = label.field;
      current[label.field] = appendText(current[label.field], label.text);
    } else if (current !== undefined && lastField !== null) {
      current[lastField] = appendText(current[lastField], line.text);
    } else {
      result.warnings.push({ line: line.number, message: "line in Top Priority Items is not an item, a source or a Summary/Details line; ignored" });
    }
  }
  const merged = mergeRepeatedItems(items);
  result.items = merged.items;
  result.warnings.push(...merged.warnings);
  return result;
}

function newItem(priority: number, title: string, line: number): ItemDraft {
  return { section: "TOP_PRIORITY", priority, title, summary: null, details: null, sources: [], line };
}
