import type { ItemDraft } from "../domain/BriefingDraft.js";
import { appendText } from "./matchLabelLine.js";
import { mergeRepeatedItems } from "./mergeRepeatedItems.js";
import type { Line } from "./readLines.js";
import { emptySectionResult, type SectionResult } from "./SectionResult.js";

/** "- ", "* " or "•" (space optional after the bullet sign); the rest is the bullet's content. */
const BULLET_PATTERN = /^(?:[-*]\s+|•\s*)(.*)$/u;
/** A bare marker ("-", "*", "•") is a bullet with nothing in it. */
const BARE_MARKER = /^[-*•]$/u;

/**
 * Reads Executive Summary bullets "- <Title>: <text>" into items of section EXECUTIVE_SUMMARY whose summary is
 * the text. The title ends at the first ": ". A line that is not a bullet continues the previous bullet's text.
 * These items are matched to top-priority items later; only the unmatched ones reach the output.
 */
export function parseExecutiveSummary(lines: readonly Line[]): SectionResult {
  const result = emptySectionResult();
  const bullets: ItemDraft[] = [];
  for (const line of lines) {
    const content = BARE_MARKER.test(line.text) ? "" : BULLET_PATTERN.exec(line.text)?.[1];
    if (content === undefined) {
      const previous = bullets.at(-1);
      if (previous === undefined) {
        result.warnings.push({ line: line.number, message: "line before the first summary bullet ignored" });
      } else {
        previous.summary = appendText(previous.summary, line.text);
      }
      continue;
    }
    const bullet = readBullet(content.trim(), line, result);
    if (bullet !== null) bullets.push(bullet);
  }
  const merged = mergeRepeatedItems(bullets);
  result.items = merged.items;
  result.warnings.push(...merged.warnings);
  return result;
}

function readBullet(content: string, line: Line, result: SectionResult): ItemDraft | null {
  // "Title:" at the end of the line has its separator, just no text after it.
  const found = content.indexOf(": ");
  const separator = found < 0 && content.endsWith(":") ? content.length - 1 : found;
  const title = (separator < 0 ? content : content.slice(0, separator)).trim();
  const text = separator < 0 ? "" : content.slice(separator + 1).trim();
  if (title === "") {
    result.refusals.push({ line: line.number, message: "item with no title" });
    return null;
  }
  if (separator < 0) {
    result.warnings.push({ line: line.number, message: "summary bullet has no ': ' after its title; read as a title only" });
  } else if (text === "") {
    result.warnings.push({ line: line.number, message: "summary bullet has no text after its title" });
  }
  return { section: "EXECUTIVE_SUMMARY", priority: null, title, summary: text || null, details: null, sources: [], line: line.number };
}
