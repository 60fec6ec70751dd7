import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/tokenize.js";
import { WordClasses } from "../../src/extract/WordClasses.js";
import { WordIdMemo } from "../../src/extract/Word.js";

describe("WordClasses", () => {
  const classes = new WordClasses([new Set(["kentucky", "texas"]), new Set(["court", "texas"])]);
  const [kentucky, court, texas, other] = tokenize("Kentucky court TEXAS Zenity");

  it("gives each word the bits of the lists that hold its lower case", () => {
    expect(kentucky && classes.of(kentucky)).toBe(0b01);
    expect(court && classes.of(court)).toBe(0b10);
    expect(texas && classes.of(texas)).toBe(0b11);
    expect(other && classes.of(other)).toBe(0);
  });

  it("tells whether any of the lists asked about holds the word", () => {
    expect(kentucky && classes.has(kentucky, 0b10)).toBe(false);
    expect(texas && classes.has(texas, 0b10)).toBe(true);
    expect(court && classes.has(court, 0b11)).toBe(true);
  });
});

describe("WordIdMemo", () => {
  it("works a value out once per distinct word, whatever its spelling", () => {
    const computed: string[] = [];
    const memo = new WordIdMemo((lower: string) => {
      computed.push(lower);
      return lower.length;
    });
    const tokens = tokenize("Model model MODEL models");
    expect(tokens.map((t) => memo.of(t.wordId, t.lower))).toEqual([5, 5, 5, 6]);
    expect(computed).toEqual(["model", "models"]);
  });

  it("keeps the values of words met before the table of words was cleared apart from the new ones", () => {
    const memo = new WordIdMemo((lower: string) => lower.toUpperCase());
    const early = tokenize("earlyword")[0];
    // More distinct words than the table keeps, so that it starts again and hands out new ids.
    for (let n = 0; n < 110_000; n += 1) tokenize(`w${n.toString(36)}`);
    const late = tokenize("lateword earlyword");
    expect(early && memo.of(early.wordId, early.lower)).toBe("EARLYWORD");
    expect(late.map((t) => memo.of(t.wordId, t.lower))).toEqual(["LATEWORD", "EARLYWORD"]);
    expect(late[1]?.wordId).not.toBe(early?.wordId);
  });
});
