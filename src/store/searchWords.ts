/** The most words of one query that are searched; the rest are ignored, so a 10,000-character query stays cheap. */
export const MAX_SEARCH_WORDS = 24;

/** Longer "words" are not words (hashes, base64, keyboard mashing) and would only make fuzzy matching slow. */
export const MAX_SEARCH_WORD_LENGTH = 64;

/** Words this long or longer are also matched as prefixes and with one typo; shorter ones only exactly. */
export const LOOSE_MATCH_MIN_LENGTH = 4;

/**
 * How many words of a query are matched loosely, the first ones. Lucene expands a prefix into up to 16 terms and
 * a typo into up to 50, and refuses a query of more than 1,024 terms (TooManyNestedClauses): with 3 fields,
 * 3 x (24 words + 4 x 66 expansions) = 864 stays below. The embedded store follows the same rule.
 */
export const MAX_LOOSE_WORDS = 4;

/** A word to search for; `loose` ones also match as a prefix and with one typo (one edit). */
export interface SearchWord {
  text: string;
  loose: boolean;
}

/**
 * Field weights of the shared scorer (searchScore.ts), also given to both engines so that the candidates they
 * retrieve first are the likeliest hits: a title or name match outranks one deep in the details.
 */
export const SEARCH_FIELD_BOOSTS = {
  title: 3,
  summary: 1.5,
  details: 1,
  name: 3,
  aliases: 2,
  slug: 2,
  description: 1,
} as const;

export type SearchField = keyof typeof SEARCH_FIELD_BOOSTS;

/** Lower-cased runs of letters and digits: the one tokenizer of queries, of the embedded index and of the scorer. */
export function tokenizeText(text: string): string[] {
  const lower = text.toLowerCase();
  if (NOT_ASCII.test(lower)) return lower.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  // In lower-case ASCII the letters and digits are a-z and 0-9: a scan for their runs gives the words of the
  // Unicode split several times faster (the scorer reads every candidate's text, the embedded index every item's).
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * The words a query searches for, in order and without repeats. Punctuation and query operators are never syntax:
 * `"`, `***`, `(` or `a:b` are only separators, and AND, OR and NOT are ordinary words. An empty list means
 * there is nothing to search for, and the answer is empty.
 */
export function searchWords(query: string): SearchWord[] {
  const words = new Set<string>();
  for (const word of tokenizeText(query)) {
    if (word.length > MAX_SEARCH_WORD_LENGTH) continue;
    words.add(word);
    if (words.size === MAX_SEARCH_WORDS) break;
  }
  let looseLeft = MAX_LOOSE_WORDS;
  return [...words].map((text) => {
    const loose = text.length >= LOOSE_MATCH_MIN_LENGTH && looseLeft > 0;
    if (loose) looseLeft -= 1;
    return { text, loose };
  });
}
