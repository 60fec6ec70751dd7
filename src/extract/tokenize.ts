/** A word of a text with its place: `start`/`end` are offsets into the text. */
export interface Token {
  /** The word as written, a possessive ending removed ("OpenAI’s" -> "OpenAI"). */
  text: string;
  /** Lower-cased `text`, for case-insensitive matching; the same string as `word.lower`. */
  lower: string;
  /** The distinct word, shared by the tokens of all texts that spell it alike (in lower case). */
  word: Word;
  start: number;
  end: number;
  /** True when only white space or a hyphen separates this token from the previous one. */
  joinedToPrevious: boolean;
}

/**
 * A distinct lower-case word, shared by its tokens, with what matchers worked out for it. Every word of every
 * item is looked up by several matchers (organizations, themes, risks); memoising per word object rather than in
 * each matcher's own map saves a hash lookup per word and matcher, and equal words compare as one string.
 */
export class Word {
  private readonly owners: object[] = [];
  private readonly values: unknown[] = [];

  constructor(readonly lower: string) {}

  /** What `owner` works out for this word with `compute`, computed once per owner. */
  memo<T>(owner: object, compute: (lower: string) => T): T {
    const index = this.owners.indexOf(owner);
    if (index >= 0) return this.values[index] as T;
    const value = compute(this.lower);
    // A few owners per word: an extractor has three matchers; older owners (replaced extractors) make room.
    if (this.owners.length >= MAX_MEMO_OWNERS) {
      this.owners.shift();
      this.values.shift();
    }
    this.owners.push(owner);
    this.values.push(value);
    return value;
  }
}

const MAX_MEMO_OWNERS = 4;
// The distinct words met; reset rather than allowed to grow without bound (a Word stays valid after a reset).
const WORDS = new Map<string, Word>();
const MAX_WORDS = 100_000;

/** The shared Word of a lower-case word. */
export function wordOf(lower: string): Word {
  let word = WORDS.get(lower);
  if (word === undefined) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear();
    word = new Word(lower);
    WORDS.set(lower, word);
  }
  return word;
}

// A word is letters and digits; '.', '&' and apostrophes inside a word keep it whole ("llama.cpp", "AT&T", "SiftD.ai").
// The scanner below implements this with character tests, which is several times faster than a Unicode regex.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** '.', '&', "'" or '’': kept inside a word. */
function isInner(code: number): boolean {
  return code === 46 || code === 38 || code === 39 || code === 0x2019;
}
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
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    // Most words are already lower-case ASCII; only the others need toLowerCase and the apostrophe fold.
    let plain = true;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code >= 97 && code <= 122) {
        i += 1;
      } else if (i < length && isWordChar(text, i)) {
        if (code > 57 || code < 48) plain = false;
        i += width(text, i);
      } else if (i + 1 < length && isInner(code) && isWordChar(text, i + 1)) {
        if (code === 0x2019) plain = false;
        i += 1;
      } else {
        break;
      }
    }
    const possessive = i - start > 2 && isPossessiveEnding(text, i);
    const written = text.slice(start, possessive ? i - 2 : i);
    let lower = written;
    if (!plain) {
      lower = written.toLowerCase();
      if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    }
    const word = wordOf(lower);
    tokens.push({
      // A plain word is its lower case: one shared string, so that `text === lower` is a pointer test.
      text: plain ? word.lower : written,
      lower: word.lower,
      word,
      start,
      end: i,
      joinedToPrevious: previousEnd >= 0 && isJoiningGap(text, previousEnd, start),
    });
    previousEnd = i;
  }
  return tokens;
}

/** The word ending at `end` ends in "'s" or "’s" (either case). */
function isPossessiveEnding(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const apostrophe = text.charCodeAt(end - 2);
  return (s === 115 || s === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}
