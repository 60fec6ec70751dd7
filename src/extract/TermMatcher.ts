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
}

interface CompiledTerm<P> {
  words: string[];
  caseSensitive: boolean;
  term: string;
  payload: P;
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
      list.push({ words, caseSensitive: term.caseSensitive, term: term.text, payload: term.payload });
      this.byFirstWord.set(key, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every non-overlapping match in `text`, in text order. */
  match(text: string): TermMatch<P>[] {
    const tokens = tokenize(text);
    const matches: TermMatch<P>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const found = this.longestAt(tokens, i);
      if (found === null) {
        i += 1;
        continue;
      }
      const last = tokens[i + found.words.length - 1] as Token;
      matches.push({ payload: found.payload, term: found.term, start: (tokens[i] as Token).start, end: last.end });
      i += found.words.length;
    }
    return matches;
  }

  private longestAt(tokens: Token[], index: number): CompiledTerm<P> | null {
    const head = tokens[index] as Token;
    const candidates = [
      ...(this.byFirstWord.get(head.lower) ?? []),
      ...singularForms(head.lower).flatMap((form) => this.byFirstWord.get(form) ?? []),
    ];
    let best: CompiledTerm<P> | null = null;
    for (const candidate of candidates) {
      if (best !== null && candidate.words.length <= best.words.length) continue;
      if (matchesAt(tokens, index, candidate)) best = candidate;
    }
    return best;
  }
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
    } else if (token.lower !== want && !(isLast && isPluralOf(token.lower, want))) {
      return false;
    }
  }
  return true;
}

function isPluralOf(word: string, singular: string): boolean {
  if (singular.length < 3 || /\d$/.test(singular)) return false;
  return word === `${singular}s` || word === `${singular}es` || (singular.endsWith("y") && word === `${singular.slice(0, -1)}ies`);
}

function singularForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s")) forms.push(word.slice(0, -1));
  return forms;
}
