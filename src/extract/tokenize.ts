/** A word of a text with its place: `start`/`end` are offsets into the text. */
export interface Token {
  /** The word as written, a possessive ending removed ("OpenAI’s" -> "OpenAI"). */
  text: string;
  /** Lower-cased `text`, for case-insensitive matching. */
  lower: string;
  start: number;
  end: number;
  /** True when only white space or a hyphen separates this token from the previous one. */
  joinedToPrevious: boolean;
}

// A word is letters and digits; '.', '&' and apostrophes inside a word keep it whole ("llama.cpp", "AT&T", "SiftD.ai").
const WORD = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const JOINING_GAP = /^[\s\-‐‑–]*$/u;

/** Splits text into words for matching names and phrases. Hyphens and spaces separate words alike. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    const word = raw.replace(POSSESSIVE, "");
    const gap = previousEnd < 0 ? "" : text.slice(previousEnd, start);
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      joinedToPrevious: previousEnd >= 0 && JOINING_GAP.test(gap) && !gap.includes("\n"),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
