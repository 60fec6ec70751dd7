import { describe, expect, it } from "vitest";
import { itemContentJson, type ItemContent } from "../../src/extract/itemContentJson.js";

const content = (over: Partial<ItemContent> = {}): ItemContent => ({
  section: "TOP_PRIORITY",
  priority: 1,
  title: "OpenAI raises $6.6B",
  summary: "BlackRock leads the round.",
  details: null,
  position: 0,
  links: ["T3JnYW5pemF0aW9uOm9wZW5haQ", "relation:INVESTS_IN:a:b"],
  ...over,
});

describe("itemContentJson", () => {
  it("writes what JSON.stringify writes for plain text", () => {
    const plain = content();
    expect(itemContentJson(plain)).toBe(JSON.stringify(plain));
  });

  it("escapes quotes, backslashes, control characters and lone surrogates as JSON.stringify does", () => {
    const tricky = content({
      title: 'He said "AI" \\ then\nleft\ttoday \u0001',
      summary: "lone \ud800 and paired \u{1F600} and typographic ’quotes’ …",
      details: "",
      priority: null,
      links: ['with "quote"', "plain"],
    });
    expect(itemContentJson(tricky)).toBe(JSON.stringify(tricky));
  });

  it("writes an empty link list and a null summary", () => {
    const bare = content({ summary: null, links: [], section: "ADDITIONAL", position: 12 });
    expect(itemContentJson(bare)).toBe(JSON.stringify(bare));
  });
});
