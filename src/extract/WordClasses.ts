import type { Token } from "./tokenize.js";
import { WordIdMemo } from "./Word.js";

/**
 * Which of a few word lists each word belongs to ("place", "first name"…), as one bit per list, worked out once
 * per distinct word and looked up by the token's word id: name discovery asks these questions of most capitalised
 * words, and a read from a dense table is cheaper than a look-up of the word's string in each list.
 */
export class WordClasses {
  private readonly memo: WordIdMemo<number>;

  /** Bit `1 << i` stands for `lists[i]` (at most 31 lists). */
  constructor(lists: ReadonlyArray<ReadonlySet<string>>) {
    if (lists.length > 31) throw new Error("WordClasses holds at most 31 lists");
    this.memo = new WordIdMemo((lower: string) => {
      let bits = 0;
      lists.forEach((list, index) => {
        if (list.has(lower)) bits |= 1 << index;
      });
      return bits;
    });
  }

  /** The bits of the lists holding the token's lower case. */
  of(token: Token): number {
    return this.memo.of(token.wordId, token.lower);
  }

  /** Whether a list of `bits` (one bit or several) holds the token's lower case. */
  has(token: Token, bits: number): boolean {
    return (this.of(token) & bits) !== 0;
  }
}
