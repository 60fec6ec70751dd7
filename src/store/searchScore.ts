import type { GraphNode, SearchHit } from "./GraphStore.js";
import { SEARCH_FIELD_BOOSTS, searchWords, tokenizeText, type SearchField, type SearchWord } from "./searchWords.js";

/** How well one query word matches one word of a field: exactly, as its prefix, or with one typo (one edit). */
export const MATCH_QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.6 } as const;

/**
 * How many candidates each store's engine retrieves per node type before they are scored here: generous, so
 * that the engines' own (different) rankings do not decide which nodes the shared scorer sees.
 */
export function searchCandidateLimit(limit: number): number {
  return Math.max(limit * 5, 50);
}

/** The searchable text of a node, field by field, as both stores index it; null for types search does not cover. */
export function searchFields(node: GraphNode): Partial<Record<SearchField, string>> | null {
  switch (node.type) {
    case "Item":
      return { title: node.value.title, summary: node.value.summary ?? "", details: node.value.details ?? "" };
    case "Organization":
      return { name: node.value.name, aliases: node.value.aliases.join(" ") };
    case "Theme":
      return { slug: node.value.slug, name: node.value.name, description: node.value.description };
    default:
      return null;
  }
}

/** True when `a` and `b` differ by exactly one insertion, deletion or substitution (Levenshtein distance 1). */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const extra = a.length - b.length;
  if (extra > 1 || a === b) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  // Same length: substituted at i; otherwise `a` has one extra character at i. Either way the rest is equal
  // (compared in place: this runs for most words of every candidate's text).
  for (let j = i + 1; j < a.length; j += 1) if (a.charCodeAt(j) !== b.charCodeAt(j - extra)) return false;
  return true;
}

/** The best quality with which `word` matches any of `tokens`; 0 when it matches none. */
function bestMatch({ text, loose }: SearchWord, tokens: readonly string[]): number {
  let best = 0;
  for (const token of tokens) {
    if (token === text) return MATCH_QUALITY.exact;
    if (!loose) continue;
    if (token.startsWith(text)) best = MATCH_QUALITY.prefix;
    else if (best === 0 && oneEditApart(text, token)) best = MATCH_QUALITY.fuzzy;
  }
  return best;
}

/**
 * A node's raw relevance: for each query word and field, the best match quality times the field's weight, divided
 * by the square root of the field's word count (a word in a short name says more than one deep in the details);
 * all summed, then multiplied by the share of query words matched at all.
 */
function rawScore(words: readonly SearchWord[], fields: Partial<Record<SearchField, string>>): number {
  const tokenized = Object.entries(fields).map(([field, text]) => {
    const tokens = tokenizeText(text ?? "");
    return { tokens, weight: SEARCH_FIELD_BOOSTS[field as SearchField] / Math.sqrt(Math.max(1, tokens.length)) };
  });
  let sum = 0;
  let matched = 0;
  for (const word of words) {
    let wordScore = 0;
    for (const { tokens, weight } of tokenized) wordScore += weight * bestMatch(word, tokens);
    if (wordScore > 0) matched += 1;
    sum += wordScore;
  }
  return sum * (matched / words.length);
}

/**
 * Ranks search candidates the same way whichever store retrieved them: each store's engine only finds candidates
 * (see searchCandidateLimit), and this scores them from their text alone. The best hit scores 1, every score is
 * above 0 (candidates that do not match are dropped), best first, ties by node id; at most `limit` hits.
 */
export function scoreSearchHits(query: string, candidates: readonly GraphNode[], limit: number): SearchHit[] {
  const words = searchWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const scored = new Map<string, { node: GraphNode; score: number }>();
  for (const node of candidates) {
    const fields = searchFields(node);
    if (fields === null || scored.has(node.value.id)) continue;
    const score = rawScore(words, fields);
    if (score > 0) scored.set(node.value.id, { node, score });
  }
  const best = [...scored.values()].reduce((max, h) => Math.max(max, h.score), 0);
  if (best === 0) return [];
  // Rounded so that float noise cannot split hits that score the same.
  return [...scored.values()]
    .map(({ node, score }) => ({ node, score: Math.max(1e-6, Math.round((score / best) * 1e6) / 1e6) }))
    .sort((a, b) => b.score - a.score || (a.node.value.id < b.node.value.id ? -1 : a.node.value.id > b.node.value.id ? 1 : 0))
    .slice(0, limit);
}
