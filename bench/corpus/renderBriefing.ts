import type { BriefingLayout } from "./BriefingLayout.js";
import type { Random } from "./Random.js";

/** The title line's heading, as in the real briefings. */
export const BRIEFING_HEADING = "AI SAFETY AND GOVERNANCE";

/** A top-priority item as written: its Executive Summary bullet, its numbered title and its sources. */
export interface TopItemText {
  bulletTitle: string;
  summary: string;
  title: string;
  sources: readonly string[];
}

/** An Additional Noteworthy Developments item as written. */
export interface AdditionalItemText {
  title: string;
  summary: string;
  details: string;
}

/** Everything one briefing file says. */
export interface BriefingText {
  date: string;
  top: readonly TopItemText[];
  additional: readonly AdditionalItemText[];
}

/** Writes a briefing in the daily text format, laid out as `layout` says. */
export function renderBriefing(briefing: BriefingText, layout: BriefingLayout, random: Random): string {
  const lines: string[] = [`${BRIEFING_HEADING} - ${briefing.date}`];
  const gap = (): void => {
    if (layout.blankLinesBetweenItems) lines.push("");
  };
  if (!layout.omitExecutiveSummary) {
    lines.push("Executive Summary");
    for (const item of briefing.top) lines.push(`- ${item.bulletTitle}: ${item.summary}`);
  }
  gap();
  lines.push("Top Priority Items");
  briefing.top.forEach((item, index) => {
    lines.push(`${index + 1}. ${item.title}`);
    item.sources.forEach((url, source) => lines.push(`- [${source + 1}] ${url}`));
    gap();
  });
  lines.push("Additional Noteworthy Developments");
  for (const item of briefing.additional) {
    lines.push(item.title, `Summary: ${item.summary}`, `Details: ${item.details}`);
    gap();
  }
  while (lines.at(-1) === "") lines.pop();

  const written = layout.trailingSpaces
    ? lines.map((line) => (random.chance(0.25) ? `${line}${random.pick([" ", "  ", "\t"])}` : line))
    : lines;
  let text = written.join(layout.lineEnding) + (layout.finalNewline ? layout.lineEnding : "");
  if (layout.straightQuotes) text = text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
  return layout.byteOrderMark ? `\uFEFF${text}` : text;
}
