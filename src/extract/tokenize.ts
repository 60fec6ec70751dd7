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
// The scanner below implements this with character tests, which is several times faster than a Unicode regex.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const INNER = new Set([".", "&", "'", "’"]);
const HYPHENS = new Set(["-", "‐", "‑", "–"]);
const SPACE = /\s/;

// Whether each ASCII code is a letter or digit, and a memo of the other characters met (typographic quotes, accents).
const ASCII_WORD = Array.from({ length: 128 }, (_, code) => /[A-Za-z0-9]/.test(String.fromCharCode(code)));
const OTHER_WORD = new Map<number, boolean>();

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_WORD[code] as boolean;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2));
  let known = OTHER_WORD.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(text.charAt(index));
    OTHER_WORD.set(code, known);
  }
  return known;
}

/** Width of the character at `index` in UTF-16 units (2 for an astral letter). */
function width(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** True when the gap between two words is only spaces and hyphens, on one line. */
function isJoiningGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 45) continue;
    if (code < 128) return false;
    const ch = text.charAt(i);
    if (!(HYPHENS.has(ch) || SPACE.test(ch))) return false;
  }
  return true;
}

/** Splits text into words for matching names and phrases. Hyphens and spaces separate words alike. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    i += width(text, i);
    for (;;) {
      if (i < text.length && isWordChar(text, i)) {
        i += width(text, i);
      } else if (i + 1 < text.length && INNER.has(text.charAt(i)) && isWordChar(text, i + 1)) {
        i += 1;
      } else {
        break;
      }
    }
    const raw = text.slice(start, i);
    const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith("’s") || raw.endsWith("'S") || raw.endsWith("’S"));
    const word = possessive ? raw.slice(0, -2) : raw;
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start,
      end: i,
      joinedToPrevious: previousEnd >= 0 && isJoiningGap(text, previousEnd, start),
    });
    previousEnd = i;
  }
  return tokens;
}
