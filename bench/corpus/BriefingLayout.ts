import type { Random } from "./Random.js";

/** How a briefing file is laid out. Real files are mostly uniform; a few vary in these ways. */
export interface BriefingLayout {
  blankLinesBetweenItems: boolean;
  trailingSpaces: boolean;
  /** Straight ' and " instead of the usual curly quotes. */
  straightQuotes: boolean;
  omitExecutiveSummary: boolean;
  lineEnding: "\n" | "\r\n";
  byteOrderMark: boolean;
  finalNewline: boolean;
}

/** Share of files with at least one layout variation. */
export const VARIATION_RATE = 0.02;

type Variation = (layout: BriefingLayout) => void;

const VARIATIONS: readonly Variation[] = [
  (layout) => (layout.blankLinesBetweenItems = true),
  (layout) => (layout.trailingSpaces = true),
  (layout) => (layout.straightQuotes = true),
  (layout) => (layout.omitExecutiveSummary = true),
  (layout) => (layout.lineEnding = "\r\n"),
  (layout) => (layout.byteOrderMark = true),
];

/**
 * The layout of one file: the plain layout of the real briefing (no final newline most of the time), and in
 * about VARIATION_RATE of files one or two variations: blank lines between items, trailing spaces, straight
 * quotes, no Executive Summary section, CRLF line endings, a byte-order mark.
 */
export function drawLayout(random: Random): BriefingLayout {
  const layout: BriefingLayout = {
    blankLinesBetweenItems: false,
    trailingSpaces: false,
    straightQuotes: false,
    omitExecutiveSummary: false,
    lineEnding: "\n",
    byteOrderMark: false,
    finalNewline: random.chance(0.3),
  };
  if (random.chance(VARIATION_RATE)) {
    random.pick(VARIATIONS)(layout);
    if (random.chance(0.25)) random.pick(VARIATIONS)(layout);
  }
  return layout;
}
