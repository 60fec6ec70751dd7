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
// Every line is tried as a heading, so most are turned away on their first letter: a heading's text starts with
// one of these (either case), and no other character lower-cases to them.
// As flags by code unit: read for every line, a typed array is cheaper than a Set.
const FIRST_LETTERS = codeFlags([...BY_LOWER_CASE.keys()].flatMap((heading) => [heading.charCodeAt(0), heading.toUpperCase().charCodeAt(0)]));

/** A flag per code unit below 0x10000, set for `codes`. */
function codeFlags(codes: readonly number[]): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const code of codes) flags[code] = 1;
  return flags;
}

/**
 * The section a line opens, or null. Case-insensitive; a trailing ':' and markdown decoration ('#', '*')
 * are allowed, as in "## Executive Summary" or "**Top Priority Items:**".
 */
export function matchSectionHeading(text: string): Section | null {
  const stripped = stripDecoration(text);
  if (stripped.length === 0 || FIRST_LETTERS[stripped.charCodeAt(0)] !== 1) return null;
  const bare = stripDecoration(stripped.replace(/:$/u, ""));
  return BY_LOWER_CASE.get(bare.replace(/\s+/gu, " ").toLowerCase()) ?? null;
}
