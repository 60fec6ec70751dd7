import type { Token } from "./tokenize.js";
import { WordIdMemo } from "./Word.js";

/** A phrase as its lower-case words, and its name: the words joined by "-". */
interface Phrase {
  words: readonly string[];
  name: string;
}

const NO_PHRASES: readonly Phrase[] = [];

/**
 * Phrases indexed by their first and last words, each index in list order: discovery tests the phrases before
 * and after every candidate name, and only those ending (or starting) with the word at hand can match. The
 * indexes are read by the token's word id (see WordIdMemo).
 */
export class PhraseList {
  readonly byFirstWord = new Map<string, Phrase[]>();
  readonly byLastWord = new Map<string, Phrase[]>();
  private readonly firstWordMemo = new WordIdMemo((word: string): readonly Phrase[] => this.byFirstWord.get(word) ?? NO_PHRASES);
  private readonly lastWordMemo = new WordIdMemo((word: string): readonly Phrase[] => this.byLastWord.get(word) ?? NO_PHRASES);

  constructor(phrases: readonly Phrase[]) {
    for (const phrase of phrases) {
      append(this.byFirstWord, phrase.words[0] as string, phrase);
      append(this.byLastWord, phrase.words[phrase.words.length - 1] as string, phrase);
    }
  }

  /** The phrases whose first word is the token's, in list order. */
  startingWith(token: Token): readonly Phrase[] {
    return this.firstWordMemo.of(token.wordId, token.lower);
  }

  /** The phrases whose last word is the token's, in list order. */
  endingWith(token: Token): readonly Phrase[] {
    return this.lastWordMemo.of(token.wordId, token.lower);
  }
}

function append(index: Map<string, Phrase[]>, word: string, phrase: Phrase): void {
  const list = index.get(word) ?? [];
  list.push(phrase);
  index.set(word, list);
}

/** Phrases from a comma-separated list: "partners with, sues" -> [["partners", "with"], ["sues"]]. */
export function phrases(list: string): PhraseList {
  return new PhraseList(
    list.split(",").map((phrase) => {
      const words = phrase.trim().split(/\s+/);
      return { words, name: words.join("-") };
    }),
  );
}

/** The phrase of `list` (its words joined by "-") that ends at token `last`, words joined by spaces; or null. */
export function phraseEndingAt(tokens: readonly Token[], last: number, list: PhraseList): string | null {
  const token = tokens[last];
  if (token === undefined) return null;
  for (const phrase of list.endingWith(token)) {
    const first = last - phrase.words.length + 1;
    if (first >= 0 && phraseAt(tokens, first, phrase.words)) return phrase.name;
  }
  return null;
}

/** The phrase of `list` (its words joined by "-") that starts at token `first`, words joined by spaces; or null. */
export function phraseStartingAt(tokens: readonly Token[], first: number, list: PhraseList): string | null {
  const token = tokens[first];
  if (token === undefined) return null;
  for (const phrase of list.startingWith(token)) if (phraseAt(tokens, first, phrase.words)) return phrase.name;
  return null;
}

function phraseAt(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[first + k]?.lower === word && (k === 0 || tokens[first + k]?.joinedToPrevious));
}
