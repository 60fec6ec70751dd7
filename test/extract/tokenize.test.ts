import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/tokenize.js";

const words = (text: string) => tokenize(text).map((t) => [t.text, t.lower, t.start, t.end, t.joinedToPrevious]);

describe("tokenize", () => {
  it("gives one shared word to every spelling that lower-cases alike", () => {
    const [a, b, c, d] = tokenize("OpenAI openai OPENAI Ópenai");
    expect(a?.word).toBe(b?.word);
    expect(b?.word).toBe(c?.word);
    expect(d?.word).not.toBe(a?.word);
    expect(a?.text).toBe("OpenAI");
    expect(b?.text).toBe(b?.lower);
  });

  it("keeps dotted, ampersand and apostrophe words whole and drops a possessive ending", () => {
    expect(words("llama.cpp AT&T OpenAI’s rock'n'roll")).toEqual([
      ["llama.cpp", "llama.cpp", 0, 9, false],
      ["AT&T", "at&t", 10, 14, true],
      ["OpenAI", "openai", 15, 23, true],
      ["rock'n'roll", "rock'n'roll", 24, 35, true],
    ]);
  });

  it("reads astral letters and stray surrogates as the character tests say", () => {
    expect(words("\u{1D400}bc \uD800 x\uDC00y")).toEqual([
      ["\u{1D400}bc", "\u{1D400}bc", 0, 4, false],
      ["x", "x", 7, 8, false],
      ["y", "y", 9, 10, false],
    ]);
  });

  it("joins words across spaces and hyphens only, on one line", () => {
    expect(tokenize("supply-chain  attack\nnext, word").map((t) => t.joinedToPrevious)).toEqual([false, true, true, false, false]);
  });
});
