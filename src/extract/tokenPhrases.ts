import type { Token } from "./tokenize.js";

/** A phrase as its lower-case words. */
export type Phrase = readonly string[];

/** Phrases from a comma-separated list: "partners with, sues" -> [["partners", "with"], ["sues"]]. */
export function phrases(list: string): Phrase[] {
  return list.split(",").map((phrase) => phrase.trim().split(/\s+/));
}

/** The phrase of `list` (its words joined by "-") that ends at token `last`, words joined by spaces; or null. */
export function phraseEndingAt(tokens: readonly Token[], last: number, list: readonly Phrase[]): string | null {
  for (const phrase of list) {
    const first = last - phrase.length + 1;
    if (first >= 0 && phraseAt(tokens, first, phrase)) return phrase.join("-");
  }
  return null;
}

/** The phrase of `list` (its words joined by "-") that starts at token `first`, words joined by spaces; or null. */
export function phraseStartingAt(tokens: readonly Token[], first: number, list: readonly Phrase[]): string | null {
  for (const phrase of list) if (phraseAt(tokens, first, phrase)) return phrase.join("-");
  return null;
}

function phraseAt(tokens: readonly Token[], first: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => tokens[first + k]?.lower === word && (k === 0 || tokens[first + k]?.joinedToPrevious));
}
