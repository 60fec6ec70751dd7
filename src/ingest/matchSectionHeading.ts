import type { Section } from "../domain/BriefingDraft.js";
import { stripDecoration } from "./stripDecoration.js";

/** The heading of each section as briefings write it; also used to name a section in warnings. */
export const SECTION_HEADINGS: Readonly<Record<Section, string>> = {
  EXECUTIVE_SUMMARY: "Executive Summary",
  TOP_PRIORITY: "Top Priority Items",
  ADDITIONAL: "Additional Noteworthy Developments",
};

const BY_LOWER_CASE = new Map<string, Section>(
  Object.entries(SECTION_HEADINGS).map(([section, heading]) => [heading.toLowerCase(), section as Section]),
);

/**
 * The section a line opens, or null. Case-insensitive; a trailing ':' and markdown decoration ('#', '*')
 * are allowed, as in "## Executive Summary" or "**Top Priority Items:**".
 */
export function matchSectionHeading(text: string): Section | null {
  const bare = stripDecoration(stripDecoration(text).replace(/:$/u, ""));
  return BY_LOWER_CASE.get(bare.replace(/\s+/gu, " ").toLowerCase()) ?? null;
}
