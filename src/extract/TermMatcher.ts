import { tokenize, type Token } from "./tokenize.js";

/** A phrase to look for and what it stands for. */
export interface Term<P> {
  text: string;
  caseSensitive: boolean;
  payload: P;
}

/** One place a term was found. */
export interface TermMatch<P> {
  payload: P;
  term: string;
  /** Offsets of the matched words in the searched text. */
  start: number;
  end: number;
  /** Indexes of the first matched token and of the token after the last one. */
  firstToken: number;
  endToken: number;
}

interface CompiledTerm<P> {
  words: string[];
  caseSensitive: boolean;
  term: string;
  payload: P;
  /** The plural forms the last word may take instead (none for short or numbered words), worked out once. */
  lastPlurals: readonly string[];
}

/**
 * Finds whole-word occurrences of many phrases at once, longest first, without overlaps.
 * Case-insensitive unless a term says otherwise; the last word may carry a plural "s"/"es".
 */
export class TermMatcher<P> {
  private readonly byFirstWord = new Map<string, CompiledTerm<P>[]>();

  constructor(terms: Iterable<Term<P>>) {
    for (const term of terms) {
      const words = tokenize(term.text).map((t) => (term.caseSensitive ? t.text : t.lower));
      const first = words[0];
      if (first === undefined) continue;
      const key = first.toLowerCase();
      const list = this.byFirstWord.get(key) ?? [];
      const lastPlurals = term.caseSensitive ? [] : pluralsOf(words[words.length - 1] as string);
      list.push({ words, caseSensitive: term.caseSensitive, term: term.text, payload: term.payload, lastPlurals });
      this.byFirstWord.set(key, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every non-overlapping match in `text` (or its `tokens`, when already split), longest first, in text order. */
  match(text: string, tokens: Token[] = tokenize(text)): TermMatch<P>[] {
    const matches: TermMatch<P>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const found = this.longestAt(tokens, i);
      if (found === null) {
        i += 1;
        continue;
      }
      matches.push(toMatch(tokens, i, found));
      i += found.words.length;
    }
    return matches;
  }

  /**
   * Every match of every term at every word, overlapping and nested ones included, in text order: for
   * classifiers that weigh all the phrases of a text rather than read it as one sequence of names.
   */
  matchEverywhere(text: string, tokens: Token[] = tokenize(text)): TermMatch<P>[] {
    const matches: TermMatch<P>[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const candidates = this.candidatesAt(tokens, i);
      for (let c = 0; c < candidates.length; c += 1) {
        const candidate = candidates[c] as CompiledTerm<P>;
        if (matchesAt(tokens, i, candidate)) matches.push(toMatch(tokens, i, candidate));
      }
    }
    return matches;
  }

  private longestAt(tokens: Token[], index: number): CompiledTerm<P> | null {
    let best: CompiledTerm<P> | null = null;
    for (const candidate of this.candidatesAt(tokens, index)) {
      if (best !== null && candidate.words.length <= best.words.length) continue;
      if (matchesAt(tokens, index, candidate)) best = candidate;
    }
    return best;
  }

  /** The terms that may start at a token, memoised per word: this runs for every word of every text. */
  private candidatesAt(tokens: Token[], index: number): readonly CompiledTerm<P>[] {
    return (tokens[index] as Token).word.memo(this, this.candidatesOf);
  }

  /**
   * Terms whose first word is `word`, then those whose first word is its singular ("agencies" -> "agency",
   * "GPUs" -> "gpu"), each group longest first, as one flat list.
   */
  private readonly candidatesOf = (word: string): readonly CompiledTerm<P>[] => {
    const found: CompiledTerm<P>[] = [...(this.byFirstWord.get(word) ?? [])];
    for (const form of singularForms(word)) found.push(...(this.byFirstWord.get(form) ?? []));
    return found.length === 0 ? NO_CANDIDATES : found;
  };
}

const NO_CANDIDATES: readonly never[] = [];

function singularForms(word: string): string[] {
  if (!word.endsWith("s")) return [];
  if (word.endsWith("ies")) return [`${word.slice(0, -3)}y`, word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith("es")) return [word.slice(0, -2), word.slice(0, -1)];
  return [word.slice(0, -1)];
}

function toMatch<P>(tokens: Token[], index: number, term: CompiledTerm<P>): TermMatch<P> {
  const endToken = index + term.words.length;
  const last = tokens[endToken - 1] as Token;
  return { payload: term.payload, term: term.term, start: (tokens[index] as Token).start, end: last.end, firstToken: index, endToken };
}

function matchesAt<P>(tokens: Token[], index: number, term: CompiledTerm<P>): boolean {
  const count = term.words.length;
  for (let k = 0; k < count; k += 1) {
    const token = tokens[index + k];
    if (token === undefined || (k > 0 && !token.joinedToPrevious)) return false;
    const want = term.words[k] as string;
    const isLast = k === count - 1;
    if (term.caseSensitive) {
      if (token.text !== want) return false;
    } else if (token.lower !== want && !(isLast && term.lastPlurals.includes(token.lower))) {
      return false;
    }
  }
  return true;
}

/** The plural forms a last word may be written in: "s", "es", "y" -> "ies"; none for short or numbered words. */
function pluralsOf(singular: string): string[] {
  if (singular.length < 3 || /\d$/.test(singular)) return [];
  const plurals = [`${singular}s`, `${singular}es`];
  if (singular.endsWith("y")) plurals.push(`${singular.slice(0, -1)}ies`);
  return plurals;
}
