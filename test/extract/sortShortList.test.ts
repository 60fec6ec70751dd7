import { describe, expect, it } from "vitest";
import { compareCodeUnits, sortShortList } from "../../src/extract/sortShortList.js";

describe("sortShortList", () => {
  it("orders strings as Array.prototype.sort does without a compare function", () => {
    const ids = ["VGhlbWU6YWk", "T3JnOmE", "relation:SUES:b:a", "UmlzazoyLjI", "T3JnOmE", "_x", "Zz", "aa"];
    expect(sortShortList([...ids], compareCodeUnits)).toEqual([...ids].sort());
  });

  it("keeps entries that compare equal in their order (a stable sort)", () => {
    const spans = [
      { start: 4, end: 9, key: "first" },
      { start: 0, end: 3, key: "a" },
      { start: 4, end: 9, key: "second" },
      { start: 4, end: 12, key: "longer" },
    ];
    const byStartThenLonger = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
    expect(sortShortList([...spans], byStartThenLonger).map((s) => s.key)).toEqual(["a", "longer", "first", "second"]);
  });

  it("sorts long lists too, and returns the list it was given", () => {
    const numbers = Array.from({ length: 100 }, (_, i) => (i * 37) % 101);
    const list = [...numbers];
    expect(sortShortList(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([...numbers].sort((a, b) => a - b));
  });
});
