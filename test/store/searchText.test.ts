import { describe, expect, it } from "vitest";
import { oneEditApart } from "../../src/store/searchScore.js";
import { tokenizeText } from "../../src/store/searchWords.js";

/** Texts mixing the characters that decide a word's edges: ASCII letters, digits and punctuation, accents, symbols. */
function sampleTexts(count: number): string[] {
  const alphabet = ["a", "Z", "q", "0", "7", " ", "-", ".", "'", "’", "_", "\n", "é", "Ö", "ß", "İ", "K", "ı", "🙂", "中", "\u0301", "$"];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 30 }, () => alphabet[next() % alphabet.length]).join(""));
}

describe("tokenizeText", () => {
  it("splits any text as the Unicode letter-and-digit split of its lower case does", () => {
    const reference = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
    const texts = [...sampleTexts(3000), "Supply-chain compromise: LiteLLM's PyPI package (v1.82)", "", "   ", "ÉCOLE de l'IA", "KELVIN"];
    for (const text of texts) expect(tokenizeText(text), JSON.stringify(text)).toEqual(reference(text));
    expect(tokenizeText("Supply-chain compromise: LiteLLM's PyPI")).toEqual(["supply", "chain", "compromise", "litellm", "s", "pypi"]);
  });
});

describe("oneEditApart", () => {
  it("is true for exactly one insertion, deletion or substitution, anywhere in the word", () => {
    for (const [a, b] of [["chain", "chan"], ["chain", "chains"], ["chain", "xhain"], ["chain", "chaim"], ["chain", "cchain"], ["a", ""], ["ab", "b"]]) {
      expect(oneEditApart(a as string, b as string), `${a} ${b}`).toBe(true);
      expect(oneEditApart(b as string, a as string), `${b} ${a}`).toBe(true);
    }
    for (const [a, b] of [["chain", "chain"], ["chain", "chians"], ["chain", "cahin"], ["chain", "ch"], ["chain", "xhaim"], ["ab", "ba"], ["", ""]]) {
      expect(oneEditApart(a as string, b as string), `${a} ${b}`).toBe(false);
      expect(oneEditApart(b as string, a as string), `${b} ${a}`).toBe(false);
    }
  });
});
