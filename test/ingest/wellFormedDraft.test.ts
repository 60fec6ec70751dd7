import { describe, expect, it } from "vitest";
import { BriefingDraft, type ItemDraft } from "../../src/domain/BriefingDraft.js";
import { wellFormedDraft } from "../../src/ingest/wellFormedDraft.js";

const item = (overrides: Partial<ItemDraft> = {}): ItemDraft => ({
  section: "TOP_PRIORITY",
  priority: 1,
  title: "A title",
  summary: "A summary",
  details: null,
  sources: [{ ref: 1, url: "https://example.com/a", line: 3 }],
  line: 2,
  ...overrides,
});
const draft = (items: ItemDraft[], overrides: Partial<BriefingDraft> = {}): BriefingDraft => ({
  file: "b.txt",
  heading: "AI SAFETY",
  date: "2026-03-25",
  items,
  warnings: [{ line: 4, message: "a warning" }],
  ...overrides,
});

describe("wellFormedDraft", () => {
  it("returns what the schema returns for a valid draft: same values, schema key order", () => {
    const valid = draft([item(), item({ section: "ADDITIONAL", priority: null, sources: [] })]);
    expect(JSON.stringify(wellFormedDraft(valid))).toBe(JSON.stringify(BriefingDraft.parse(valid)));
  });

  it("leaves every draft the schema refuses to the schema", () => {
    const invalid = [
      draft([item({ title: "" })]),
      draft([item({ summary: "" })]),
      draft([item({ priority: 0 })]),
      draft([item({ priority: 1.5 })]),
      draft([item({ line: 0 })]),
      draft([item({ sources: [{ ref: -1, url: "u", line: 1 }] })]),
      draft([item({ sources: [{ ref: 1, url: "", line: 1 }] })]),
      draft([item({ section: "OTHER" as ItemDraft["section"] })]),
      draft([item()], { date: "2026-02-30" }),
      draft([item()], { file: "" }),
      draft([item()], { warnings: [{ line: 0, message: "m" }] }),
    ];
    for (const candidate of invalid) {
      expect(BriefingDraft.safeParse(candidate).success).toBe(false);
      expect(wellFormedDraft(candidate)).toBeNull();
    }
  });
});
