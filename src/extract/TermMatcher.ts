import { tokenize, type Token } from "./tokenize.js";
import { WordIdMemo } from "./Word.js";

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

/**
 * Matches written by TermMatcher.matchEverywhereInto: `matches[0, count)` are current. The match objects are
 * overwritten by the next search, so a caller keeps none of them past it.
 */
export class TermMatchList<P> {
  readonly matches: TermMatch<P>[] = [];
  count = 0;

  /** Appends the match of `term` at token `index`, overwriting a match object of an earlier search if there is one. */
  add(tokens: Token[], index: number, term: CompiledTerm<P>): void {
    if (this.count === this.matches.length) {
      this.matches.push(toMatch(tokens, index, term));
    } else {
      const match = this.matches[this.count] as TermMatch<P>;
      const endToken = index + term.words.length;
      match.payload = term.payload;
      match.term = term.term;
      match.start = (tokens[index] as Token).start;
      match.end = (tokens[endToken - 1] as Token).end;
      match.firstToken = index;
      match.endToken = endToken;
    }
    this.count += 1;
  }
}

interface CompiledTerm<P> {
  words: string[];
  caseSensitive: boolean;
  term: string;
  payload: P;
  /** The plural forms the last word may take instead (none for short or numbered words), worked out once. */
  lastPlurals: readonly string[];
  /** The lower-case forms the token after the first must take for the term to match; none for one word. */
  secondWordForms: readonly string[];
}

/**
 * What a matcher knows of one word: the terms that may start at it, in the order they are tried (those whose first
 * word is the word, then those whose first word is its singular, each group longest first), and which of the
 * forms the terms' second words take it is. Terms of several words are indexed by those forms, so that a common
 * first word ("AI", with dozens of phrases) costs one look-up of the next word rather than a test of every phrase.
 *
 * A case-insensitive term's first word is compared with the word's lower case only, the same for every token of
 * the word: the terms whose first word can never match here ("model card" at "models") are left out up front, and
 * a one-word term kept is known to match (`oneWordMatches`).
 */
interface WordTerms<P> {
  terms: readonly CompiledTerm<P>[];
  /** Indexes into `terms` of the one-word terms, ascending. */
  oneWord: readonly number[];
  /** Whether every term of `oneWord` matches any token of the word: none is case-sensitive. */
  oneWordMatches: boolean;
  /**
   * The second-word forms (see `secondForm`) that longer terms of `terms` allow, ascending, and for each the
   * indexes into `terms` of those terms, ascending (see longerTermsAllowing). Sorted numbers rather than a Map:
   * a binary search over a few numbers side by side is cheaper than a hash look-up.
   */
  secondFormKeys: Int32Array;
  longerTerms: ReadonlyArray<readonly number[]>;
  /** The index of this word among the lower-case forms that the second words of terms take, or -1. */
  secondForm: number;
}

/**
 * Finds whole-word occurrences of many phrases at once, longest first, without overlaps.
 * Case-insensitive unless a term says otherwise; the last word may carry a plural "s"/"es".
 */
export class TermMatcher<P> {
  private readonly byFirstWord = new Map<string, CompiledTerm<P>[]>();
  /** Every lower-case form a term's second word may take, numbered in the order met. */
  private readonly secondForms = new Map<string, number>();
  /** What the matcher knows of a word, worked out once per distinct word: this runs for every word of every text. */
  private readonly wordTerms = new WordIdMemo((word: string) => this.wordTermsOf(word));
  /**
   * The terms matching at the word at hand, as indexes into its WordTerms' `terms`, reused from word to word; only
   * the first entries are current, as many as collectMatchesAt says. Numbers rather than the term objects: storing
   * an object into an array costs a write barrier, and this runs for most words of every text.
   */
  private readonly candidates: Int32Array;

  constructor(terms: Iterable<Term<P>>) {
    for (const term of terms) {
      const tokens = tokenize(term.text);
      const words = tokens.map((t) => (term.caseSensitive ? t.text : t.lower));
      const first = words[0];
      if (first === undefined) continue;
      const key = first.toLowerCase();
      const list = this.byFirstWord.get(key) ?? [];
      const lastPlurals = term.caseSensitive ? [] : pluralsOf(words[words.length - 1] as string);
      const second = tokens[1];
      // The lower case of what the second word's token must be; with the last word's plurals when it is the last.
      const secondWordForms = second === undefined ? [] : [second.lower, ...(words.length === 2 ? lastPlurals : [])];
      list.push({ words, caseSensitive: term.caseSensitive, term: term.text, payload: term.payload, lastPlurals, secondWordForms });
      this.byFirstWord.set(key, list);
      for (const form of secondWordForms) if (!this.secondForms.has(form)) this.secondForms.set(form, this.secondForms.size);
    }
    let termCount = 0;
    for (const list of this.byFirstWord.values()) {
      list.sort((a, b) => b.words.length - a.words.length);
      termCount += list.length;
    }
    // No word is tried against more terms than there are.
    this.candidates = new Int32Array(termCount);
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
   * Every match of every term at every word of `tokens`, overlapping and nested ones included, in text order, for
   * classifiers that weigh all the phrases of a text rather than read it as one sequence of names. Written over the
   * matches of `found` (from its start, reusing its match objects): every word of every item goes through here,
   * and most of what is found is dropped at once, so the matches are not made afresh for each text.
   */
  matchEverywhereInto(tokens: Token[], found: TermMatchList<P>): void {
    found.count = 0;
    const candidates = this.candidates;
    for (let i = 0; i < tokens.length; i += 1) {
      const starting = this.termsAt(tokens[i] as Token);
      // Most words share NO_TERMS: compared first, it spares reading their record.
      if (starting === NO_TERMS || starting.terms.length === 0) continue;
      const count = this.collectMatchesAt(tokens, i, starting, candidates);
      for (let c = 0; c < count; c += 1) found.add(tokens, i, starting.terms[candidates[c] as number] as CompiledTerm<P>);
    }
  }

  /** The longest term matching at a token; of equally long ones, the first tried. */
  private longestAt(tokens: Token[], index: number): CompiledTerm<P> | null {
    const starting = this.termsAt(tokens[index] as Token);
    if (starting === NO_TERMS || starting.terms.length === 0) return null;
    const candidates = this.candidates;
    const count = this.collectMatchesAt(tokens, index, starting, candidates);
    let best: CompiledTerm<P> | null = null;
    for (let c = 0; c < count; c += 1) {
      const candidate = starting.terms[candidates[c] as number] as CompiledTerm<P>;
      if (best === null || candidate.words.length > best.words.length) best = candidate;
    }
    return best;
  }

  private termsAt(token: Token): WordTerms<P> {
    return this.wordTerms.of(token.wordId, token.lower);
  }

  private wordTermsOf(word: string): WordTerms<P> {
    const secondForm = this.secondForms.get(word) ?? -1;
    const tried: CompiledTerm<P>[] = [...(this.byFirstWord.get(word) ?? [])];
    for (const form of singularForms(word)) tried.push(...(this.byFirstWord.get(form) ?? []));
    const terms = tried.filter((term) => term.caseSensitive || firstWordMatches(term, word));
    if (terms.length === 0) return secondForm < 0 ? (NO_TERMS as WordTerms<P>) : wordTerms([], [], true, new Map(), secondForm);
    const oneWord: number[] = [];
    const bySecondForm = new Map<number, number[]>();
    terms.forEach((term, index) => {
      if (term.words.length === 1) oneWord.push(index);
      for (const form of new Set(term.secondWordForms)) {
        const key = this.secondForms.get(form) as number;
        const list = bySecondForm.get(key) ?? [];
        list.push(index);
        bySecondForm.set(key, list);
      }
    });
    const oneWordMatches = oneWord.every((index) => !(terms[index] as CompiledTerm<P>).caseSensitive);
    return wordTerms(terms, oneWord, oneWordMatches, bySecondForm, secondForm);
  }

  /**
   * Writes to the start of `found` the index in `starting.terms` of each term that matches at token `index`, in
   * the order the terms are tried, and returns how many it wrote.
   */
  private collectMatchesAt(tokens: Token[], index: number, starting: WordTerms<P>, found: Int32Array): number {
    const { terms, oneWord } = starting;
    const next = tokens[index + 1];
    // Most words are no term's second word: their form is -1, which needs no look-up.
    const secondForm = next !== undefined && next.joinedToPrevious && starting.longerTerms.length > 0 ? this.termsAt(next).secondForm : -1;
    const longer = secondForm < 0 ? undefined : longerTermsAllowing(starting, secondForm);
    let count = 0;
    if (longer === undefined) {
      if (starting.oneWordMatches) {
        for (const t of oneWord) found[count++] = t;
        return count;
      }
      for (const t of oneWord) if (matchesAt(tokens, index, terms[t] as CompiledTerm<P>)) found[count++] = t;
      return count;
    }
    // Both index lists ascend: merged, they keep the order in which the terms are tried.
    let a = 0;
    let b = 0;
    while (a < oneWord.length || b < longer.length) {
      const t = b >= longer.length || (a < oneWord.length && (oneWord[a] as number) < (longer[b] as number)) ? oneWord[a++] : longer[b++];
      if (matchesAt(tokens, index, terms[t as number] as CompiledTerm<P>)) found[count++] = t as number;
    }
    return count;
  }
}

/** A WordTerms record, always built here so that all have one shape. */
function wordTerms<P>(
  terms: readonly CompiledTerm<P>[],
  oneWord: readonly number[],
  oneWordMatches: boolean,
  bySecondForm: ReadonlyMap<number, readonly number[]>,
  secondForm: number,
): WordTerms<P> {
  const secondFormKeys = Int32Array.from(bySecondForm.keys()).sort();
  const longerTerms = Array.from(secondFormKeys, (key) => bySecondForm.get(key) as readonly number[]);
  return { terms, oneWord, oneWordMatches, secondFormKeys, longerTerms, secondForm };
}

/** The indexes into `starting.terms` of its longer terms whose second word may take form `form`, or undefined. */
function longerTermsAllowing<P>(starting: WordTerms<P>, form: number): readonly number[] | undefined {
  const keys = starting.secondFormKeys;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const key = keys[middle] as number;
    if (key === form) return starting.longerTerms[middle];
    if (key < form) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** What a matcher knows of most words: no term starts at them, and none has them as its second word. */
const NO_TERMS: WordTerms<never> = wordTerms<never>([], [], true, new Map(), -1);

/**
 * Whether the first word of a case-insensitive term matches a token whose lower case is `lower`, as matchesAt
 * tests it: the same word, or for a one-word term also one of its plurals.
 */
function firstWordMatches<P>(term: CompiledTerm<P>, lower: string): boolean {
  return term.words[0] === lower || (term.words.length === 1 && term.lastPlurals.includes(lower));
}

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
