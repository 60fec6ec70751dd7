import {
  lowerOfWordId,
  WORD_HASH_SEED,
  wordHashStep,
  wordIdOf,
  wordIdOfAscii,
  wordIdOfHashedAscii,
  wordWithId,
  type Word,
} from "./Word.js";

/** A word of a text with its place: `start`/`end` are offsets into the text. */
export interface Token {
  /** The word as written, a possessive ending removed ("OpenAI’s" -> "OpenAI"). */
  text: string;
  /** Lower-cased `text`, for case-insensitive matching; the same string as `word.lower`. */
  lower: string;
  /** The distinct word, shared by the tokens of all texts that spell it alike (in lower case). */
  word: Word;
  /** `word.id`, kept in the token: matchers look words up by it without reaching the Word object. */
  wordId: number;
  start: number;
  end: number;
  /** True when only white space or a hyphen separates this token from the previous one. */
  joinedToPrevious: boolean;
}

// A word is letters and digits; '.', '&' and apostrophes inside a word keep it whole ("llama.cpp", "AT&T", "SiftD.ai").
// The scanner below implements this with character tests, which is several times faster than a Unicode regex.
// The inner characters are '.' (46), '&' (38), "'" (39) and '’' (0x2019).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HYPHENS = new Set(["-", "‐", "‑", "–"]);
const SPACE = /\s/;

// Whether each ASCII code is a letter or digit, and a memo of the other characters met (typographic quotes, accents):
// by code unit, 0 when not yet worked out, else 1 + whether it is one. A typed array read rather than a Map look-up.
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));
const OTHER_WORD = new Uint8Array(0x10000);

function isWordChar(text: string, codes: Uint16Array, index: number): boolean {
  const code = codes[index] as number;
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2));
  let known = OTHER_WORD[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(text.charAt(index)) ? 2 : 1;
    OTHER_WORD[code] = known;
  }
  return known === 2;
}

/** True when the gap between two words is only spaces and hyphens, on one line. */
function isJoiningGap(text: string, codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = codes[i] as number;
    if (code === 32 || code === 9 || code === 45) continue;
    if (code < 128) return false;
    const ch = text.charAt(i);
    if (!(HYPHENS.has(ch) || SPACE.test(ch))) return false;
  }
  return true;
}

/** Splits text into words for matching names and phrases. Hyphens and spaces separate words alike. */
export function tokenize(text: string): Token[] {
  const codes = codeUnitsOf(text);
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    const first = codes[i] as number;
    if (first < 128 ? ASCII_WORD[first] === 0 : !isWordChar(text, codes, i)) {
      i += 1;
      continue;
    }
    const start = i;
    // Most words are lower-case ASCII, which is its own lower case; other ASCII words only need A-Z folded. Only
    // the rest need toLowerCase and the apostrophe fold. The word table's hash of an ASCII word is worked out on
    // the way (the code units past the end of the text are a 0, which ends any word).
    let plain = true;
    let ascii = true;
    let hash = WORD_HASH_SEED;
    for (;;) {
      const code = codes[i] as number;
      if (code < 128) {
        if (code >= 97 && code <= 122) {
          hash = wordHashStep(hash, code);
        } else if (ASCII_WORD[code] === 1) {
          if (code > 57) {
            plain = false;
            hash = wordHashStep(hash, code + 32);
          } else {
            hash = wordHashStep(hash, code);
          }
        } else if ((code === 46 || code === 38 || code === 39) && i + 1 < length && isWordChar(text, codes, i + 1)) {
          hash = wordHashStep(hash, code);
        } else {
          break;
        }
        i += 1;
      } else if (i < length && isWordChar(text, codes, i)) {
        plain = ascii = false;
        i += code <= 0xdbff && code >= 0xd800 ? 2 : 1;
      } else if (code === 0x2019 && i + 1 < length && isWordChar(text, codes, i + 1)) {
        plain = ascii = false;
        i += 1;
      } else {
        break;
      }
    }
    const possessive = i - start > 2 && isPossessiveEnding(codes, i);
    const wordEnd = possessive ? i - 2 : i;
    let id: number;
    let lower: string;
    let written: string;
    if (ascii) {
      id = possessive ? wordIdOfAscii(text, codes, start, wordEnd) : wordIdOfHashedAscii(text, codes, start, wordEnd, hash);
      lower = lowerOfWordId(id);
      // A plain word is its lower case: one shared string, so that `text === lower` is a pointer test.
      written = plain ? lower : text.slice(start, wordEnd);
    } else {
      written = text.slice(start, wordEnd);
      const folded = written.toLowerCase();
      id = wordIdOf(folded.includes("’") ? folded.replace(/’/g, "'") : folded);
      lower = lowerOfWordId(id);
    }
    // One space is the usual gap between words.
    const joined = previousEnd >= 0 && ((start === previousEnd + 1 && codes[previousEnd] === 32) || isJoiningGap(text, codes, previousEnd, start));
    tokens.push({ text: written, lower, word: wordWithId(id), wordId: id, start, end: i, joinedToPrevious: joined });
    previousEnd = i;
  }
  return tokens;
}

/** The word ending at `end` ends in "'s" or "’s" (either case). */
function isPossessiveEnding(codes: Uint16Array, end: number): boolean {
  const s = codes[end - 1];
  const apostrophe = codes[end - 2];
  return (s === 115 || s === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

// The code units of the text being split, in a buffer reused from text to text: reading a typed array is several
// times cheaper than charCodeAt, and Buffer.write copies a whole string in one native call.
let units = new Uint16Array(1024);
let unitBytes = Buffer.from(units.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The UTF-16 code units of `text`, then a 0 (which no word contains); valid until the next call. */
function codeUnitsOf(text: string): Uint16Array {
  const length = text.length;
  if (length + 1 > units.length) {
    units = new Uint16Array(2 * (length + 1));
    unitBytes = Buffer.from(units.buffer);
  }
  if (LITTLE_ENDIAN) unitBytes.write(text, 0, "utf16le");
  else for (let i = 0; i < length; i += 1) units[i] = text.charCodeAt(i);
  units[length] = 0;
  return units;
}
