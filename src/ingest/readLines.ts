import type { LineProblem } from "./SectionResult.js";

/** The longest line accepted, in characters (code points). Real lines are a few hundred. */
export const MAX_LINE_CHARS = 20_000;

/** One line of a briefing: its 1-based number in the file and its text without surrounding whitespace. */
export interface Line {
  number: number;
  text: string;
}

/** The lines of a briefing, or the reason it has none worth reading (empty, or a line too long). */
export type ReadLinesResult = { ok: true; lines: Line[] } | { ok: false; problem: LineProblem };

/**
 * Splits text into numbered lines. CRLF, lone CR and LF all end a line, so numbers match what an editor shows.
 * Leading and trailing whitespace is trimmed (indentation carries no meaning in a briefing); blank lines are kept
 * with empty text so that later stages can skip them without losing count.
 */
export function readLines(text: string): ReadLinesResult {
  if (text.trim() === "") return { ok: false, problem: { line: 1, message: "file is empty" } };
  // Splitting on a string is cheaper than on a pattern, and most files end their lines with LF alone.
  const rawLines = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  const lines: Line[] = [];
  for (const [index, raw] of rawLines.entries()) {
    const length = raw.length > MAX_LINE_CHARS ? [...raw].length : raw.length;
    if (length > MAX_LINE_CHARS) {
      const message = `line is ${length} characters long; the limit is ${MAX_LINE_CHARS}`;
      return { ok: false, problem: { line: index + 1, message } };
    }
    lines.push({ number: index + 1, text: raw.trim() });
  }
  return { ok: true, lines };
}
