import { describe, expect, it } from "vitest";
import { StringPool } from "../../src/store/memory/StringPool.js";

describe("StringPool", () => {
  // Which copy comes back cannot be observed from JavaScript; what can: the value never changes, full or not.
  it("answers an equal string, before and after it is full", () => {
    const pool = new StringPool(2);
    const first = ["Open", "AI"].join("");
    expect(pool.intern(first)).toBe(first);
    expect(pool.intern(["Ope", "nAI"].join(""))).toBe("OpenAI");
    pool.intern("Anthropic");
    const other = ["Arm", " Holdings"].join("");
    expect(pool.intern(other)).toBe(other);
    expect(pool.intern("Arm Holdings")).toBe("Arm Holdings");
  });
});
