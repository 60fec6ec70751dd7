import { describe, expect, it } from "vitest";
import type { FieldText } from "../../src/extract/ItemText.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { RiskClassifier } from "../../src/extract/RiskClassifier.js";
import { ThemeClassifier } from "../../src/extract/ThemeClassifier.js";
import { ThemeRiskClassifier } from "../../src/extract/ThemeRiskClassifier.js";

const taxonomy = loadTaxonomy();
const themes = new ThemeClassifier(taxonomy.themes);
const risks = new RiskClassifier(taxonomy.risks);
const combined = new ThemeRiskClassifier(themes, risks);

const item = (title: string, summary: string, details: string): FieldText[] => [
  { field: "title", text: title },
  { field: "summary", text: summary },
  { field: "details", text: details },
];

const ITEMS = [
  item(
    "LiteLLM PyPI supply-chain compromise (malicious .pth credential exfiltration)",
    "A reported compromise of LiteLLM packages highlights dependency risk for AI agent stacks.",
    "Expect scrutiny of open-source model weights and data center power procurement.",
  ),
  item(
    "EU regulator fines Meta over AI Act transparency duties",
    "The open-source 15B audio-video generation model drew national security concerns.",
    "Governance gaps and oversight of frontier models remain open questions.",
  ),
];

describe("ThemeRiskClassifier", () => {
  it("gives the themes and risks that each classifier gives on its own, evidence included", () => {
    const cue = { key: "policy-regulation", evidence: { rule: "taxonomy-name", field: "title" as const, text: "EU", start: 0, end: 2 } };
    for (const texts of ITEMS) {
      const spans = new Map([["title" as const, [{ start: 0, end: 2 }]]]);
      const both = combined.classify(texts, spans, [cue]);
      expect(both.themes).toEqual(themes.classify(texts, spans, [cue]));
      expect(both.risks).toEqual(risks.classify(texts, spans));
    }
  });

  it("finds something in these items, so that the comparison above is not vacuous", () => {
    const both = combined.classify(ITEMS[0] as FieldText[], new Map(), []);
    expect(both.themes.size).toBeGreaterThan(0);
    expect(both.risks.size).toBeGreaterThan(0);
  });
});
