/** Words too common in briefings to say what an item is about. */
const STOP_WORDS = new Set([
  "a", "about", "after", "against", "all", "also", "amid", "an", "and", "are", "as", "at", "be", "been", "being",
  "but", "by", "can", "could", "did", "do", "does", "down", "for", "from", "had", "has", "have", "how", "if", "in",
  "into", "is", "it", "its", "may", "more", "most", "new", "not", "now", "of", "on", "or", "out", "over", "plus",
  "s", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
  "those", "through", "to", "up", "very", "via", "vs", "was", "we", "were", "what", "when", "which", "while", "who",
  "will", "with", "would",
]);

/** Collapses a doubled final consonant left by removing -ing/-ed ("shutting" -> "shutt" -> "shut"). */
function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/u.test(word) && !/(?:ll|ss|zz)$/u.test(word) ? word.slice(0, -1) : word;
}

/**
 * A light stemmer, enough to meet plural and verb forms of the same word: -ies, -es after s/x/ch/sh, plural -s,
 * -ing, -ed, then a final -e ("launches", "launched", "launching" -> "launch"; "releases", "released" -> "releas").
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/u.test(word)) return word;
  let base = word;
  if (/ies$/u.test(base)) base = `${base.slice(0, -3)}y`;
  else if (/(?:sses|ches|shes|xes)$/u.test(base)) base = base.slice(0, -2);
  else if (/(?:ss|is)$/u.test(base)) return base;
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
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’ʼ]s\b/gu, "")
    .replace(/[‘’‚‛“”„‟"'`ʼ]/gu, "");
  // In lower-case ASCII text the letters and digits are a-z and 0-9; splitting on the Unicode classes is slower.
  const words = isAscii(folded) ? folded.split(/[^a-z0-9]+/) : folded.split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => word !== "" && !STOP_WORDS.has(word)).map(stem);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
