import { describe, expect, it } from "vitest";
import type { TaxonomyTheme } from "../../src/domain/Taxonomy.js";
import type { FieldText } from "../../src/extract/ItemText.js";
import { ThemeClassifier } from "../../src/extract/ThemeClassifier.js";

const theme = (slug: string, strong: string[], weak: string[] = []): TaxonomyTheme => ({
  slug,
  name: slug,
  description: slug,
  strong,
  weak,
});

const classifier = new ThemeClassifier([
  theme("agents", ["Claude Code", "agent security"], ["assistant"]),
  theme("developer-tools", ["Claude Code"], ["API"]),
  theme("security-products", ["AI security", "security vendor"], ["security"]),
  theme("national-security", ["national security"]),
  theme("open-weights", ["open-source … model"], ["weights", "checkpoint"]),
  theme("research", ["paper"], ["training", "trained", "sparse"]),
]);

const slugs = (title: string, summary?: string, details?: string, spans = new Map()) => {
  const texts: FieldText[] = [{ field: "title", text: title }];
  if (summary !== undefined) texts.push({ field: "summary", text: summary });
  if (details !== undefined) texts.push({ field: "details", text: details });
  return [...classifier.classify(texts, spans).keys()].sort();
};

describe("ThemeClassifier", () => {
  it("credits every theme that lists a phrase", () => {
    expect(slugs("Claude Code gets auto mode")).toEqual(["agents", "developer-tools"]);
  });

  it("reads overlapping phrases, but not a phrase inside a longer one", () => {
    expect(slugs("Agent security vendors consolidate")).toEqual(["agents", "security-products"]);
    expect(slugs("A national security review")).toEqual(["national-security"]);
  });

  it("ignores theme words inside an organization's name", () => {
    const spans = new Map([["title", [{ start: 4, end: 28 }]]]);
    expect(slugs("The UK AI Security Institute tests a model", undefined, undefined, spans)).toEqual([]);
    expect(slugs("The UK AI Security Institute tests a model")).toEqual(["security-products"]);
  });

  it("needs two weak phrases of different stems", () => {
    expect(slugs("Model training", "It was trained again")).toEqual([]);
    expect(slugs("Sparse model training")).toEqual(["research"]);
  });

  it("counts a strong phrase in the details as weak, and weak phrases there only beside one elsewhere", () => {
    expect(slugs("A new lab", "It grows.", "A paper may follow.")).toEqual([]);
    expect(slugs("A new lab", "Its training run ended.", "A paper may follow.")).toEqual(["research"]);
    expect(slugs("A new lab", "It grows.", "Sparse training may follow.")).toEqual([]);
  });

  it("matches a phrase with a gap within one clause, but not across a list", () => {
    expect(slugs("GAIR open-source 15B audio-video generation model release")).toEqual(["open-weights"]);
    expect(slugs("Runs open-source and custom model endpoints")).toEqual([]);
  });
});
