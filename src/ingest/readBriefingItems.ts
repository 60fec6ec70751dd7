import type { Section } from "../domain/BriefingDraft.js";
import { SECTION_HEADINGS } from "./matchSectionHeading.js";
import { matchSummaries } from "./matchSummaries.js";
import { parseAdditional } from "./parseAdditional.js";
import { parseExecutiveSummary } from "./parseExecutiveSummary.js";
import { parseTopPriority } from "./parseTopPriority.js";
import type { Line } from "./readLines.js";
import { emptySectionResult, type SectionResult } from "./SectionResult.js";
import { splitSections } from "./splitSections.js";

type SectionParser = (lines: readonly Line[]) => SectionResult;

/**
 * Reads the items of a briefing from the lines after its title: splits sections, parses each, and gives each
 * top-priority item the text of the Executive Summary bullet that matches it (an item's own "Summary:" line,
 * if it has one, wins). Items come as top priority (file order), unmatched bullets, then additional.
 * A missing section is warned at the title's line; the caller refuses a briefing with no item at all.
 */
export function readBriefingItems(lines: readonly Line[], titleLine: number): SectionResult {
  const layout = splitSections(lines);
  const result = emptySectionResult();
  result.warnings.push(...layout.warnings);
  const read = (section: Section, parse: SectionParser): SectionResult => {
    const name = SECTION_HEADINGS[section];
    const body = layout.sections.get(section);
    if (body === undefined) {
      result.warnings.push({ line: titleLine, message: `section '${name}' is missing` });
      return emptySectionResult();
    }
    const parsed = parse(body.lines);
    if (parsed.items.length === 0) result.warnings.push({ line: body.headingLine, message: `section '${name}' has no items` });
    result.warnings.push(...parsed.warnings);
    result.refusals.push(...parsed.refusals);
    return parsed;
  };
  const bullets = read("EXECUTIVE_SUMMARY", parseExecutiveSummary).items;
  const topItems = read("TOP_PRIORITY", parseTopPriority).items;
  const additional = read("ADDITIONAL", parseAdditional).items;

  const matchedBullets = new Set<number>();
  for (const match of matchSummaries(bullets, topItems)) {
    const item = topItems[match.itemIndex];
    const bullet = bullets[match.bulletIndex];
    if (item === undefined || bullet === undefined) continue;
    item.summary ??= bullet.summary;
    matchedBullets.add(match.bulletIndex);
  }
  const leftovers = bullets.filter((_, index) => !matchedBullets.has(index));
  for (const bullet of leftovers) {
    result.warnings.push({ line: bullet.line, message: "summary bullet matched no top-priority item; kept as an item of its own" });
  }
  result.items = [...topItems, ...leftovers, ...additional];
  return result;
}
