/** Words too common in briefings to say what an item is about. */
const STOP_WORDS = new Set([
  "a", "about", "after", "against", "all", "also", "amid", "an", "and", "are", "as", "at", "be", "been", "being",
  "but", "by", "can", "could", "did", "do", "does", "down", "for", "from", "had", "has", "have", "how", "if", "in",
  "into", "is", "it", "its", "may", "more", "most", "new", "not", "now", "of", "on", "or", "out", "over", "plus",
  "s", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
  "those", "through", "to", "up", "very", "via", "vs", "was", "we", "were", "what", "when", "which", "while", "who",
  "will", "with", "would",
]);

const DIGIT = /\d/;

/** Collapses a doubled final consonant left by removing -ing/-ed ("shutting" -> "shutt" -> "shut"). */
function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/u.test(word) && !/(?:ll|ss|zz)$/u.test(word) ? word.slice(0, -1) : word;
}

/**
 * A light stemmer, enough to meet plural and verb forms of the same word: -ies, -es after s/x/ch/sh, plural -s,
 * -ing, -ed, then a final -e ("launches", "launched", "launching" -> "launch"; "releases", "released" -> "releas").
 */
export function stem(word: string): string {
  if (word.length <= 3 || DIGIT.test(word)) return word;
  let base = word;
  // endsWith rather than /…$/ tests: this runs for every word of every summary bullet and title compared.
  if (base.endsWith("ies")) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith("sses") || base.endsWith("ches") || base.endsWith("shes") || base.endsWith("xes")) base = base.slice(0, -2);
  else if (base.endsWith("ss") || base.endsWith("is")) return base;
  else if (base.endsWith("s")) base = base.slice(0, -1);
  else if (base.endsWith("ing") && base.length > 5) base = undouble(base.slice(0, -3));
  else if (base.endsWith("ed") && base.length > 4) base = undouble(base.slice(0, -2));
  return base.length > 3 && base.endsWith("e") ? base.slice(0, -1) : base;
}

/**
 * The content words of a text, for comparing meanings: Unicode-normalised, lower-case, possessives dropped
 * ("OpenAI’s" -> "openai"), other apostrophes and quotes removed, other punctuation split on ("supply-chain" -> "supply chain"), stop words
 * dropped, each word stemmed.
 */
export function contentWords(text: string): string[] {
  // NFKC leaves ASCII text as it is, and most titles and summaries are ASCII.
  const folded = (NOT_ASCII.test(text) ? text.normalize("NFKC") : text)
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(QUOTES, "");
  const content: string[] = [];
  if (NOT_ASCII.test(folded)) {
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) addContentWord(word, content);
    return content;
  }
  // In lower-case ASCII text the letters and digits are a-z and 0-9: a scan for them is cheaper than a split.
  let start = -1;
  for (let i = 0; i <= folded.length; i += 1) {
    const code = folded.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      addContentWord(folded.slice(start, i), content);
      start = -1;
    }
  }
  return content;
}

/** The stem of each word met, or null for a stop word: titles and bullets of a briefing repeat their words. */
const STEMS = new Map<string, string | null>();
const MAX_REMEMBERED_STEMS = 20_000;

function addContentWord(word: string, content: string[]): void {
  if (word === "") return;
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = STOP_WORDS.has(word) ? null : stem(word);
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  if (stemmed !== null) content.push(stemmed);
}

// Without the u flag: every character here is in the Basic Multilingual Plane, and \b means the same either way.
const POSSESSIVE = /['’ʼ]s\b/g;
const QUOTES = /[‘’‚‛“”„‟"'`ʼ]/g;
const NOT_ASCII = /[\u0080-\uffff]/;
