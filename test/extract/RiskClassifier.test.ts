import { describe, expect, it } from "vitest";
import type { TaxonomyRiskDomain } from "../../src/domain/Taxonomy.js";
import type { FieldText } from "../../src/extract/ItemText.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { RiskClassifier } from "../../src/extract/RiskClassifier.js";

const domains: TaxonomyRiskDomain[] = [
  {
    code: "2",
    name: "Privacy & Security",
    description: "d",
    subdomains: [{ code: "2.2", name: "AI system security vulnerabilities and attacks", description: "d", strong: ["prompt injection", "supply chain compromise"], weak: ["attack", "credentials"] }],
  },
  {
    code: "6",
    name: "Socioeconomic & Environmental",
    description: "d",
    subdomains: [{ code: "6.5", name: "Governance failure", description: "d", strong: ["governance gap"], weak: ["oversight", "accountability"] }],
  },
];
const classifier = new RiskClassifier(domains);
const codes = (texts: FieldText[]) => [...classifier.classify(texts).keys()].sort();

describe("risk classification", () => {
  it("tags an item with a subdomain from one strong phrase, with risk-strong evidence", () => {
    const found = classifier.classify([{ field: "title", text: "LiteLLM supply-chain compromise on PyPI" }]);
    expect([...found.keys()]).toEqual(["2.2"]);
    expect(found.get("2.2")?.[0]).toMatchObject({ rule: "risk-strong", field: "title", text: "supply-chain compromise" });
  });

  it("needs two different weak phrases, one outside the details", () => {
    expect(codes([{ field: "summary", text: "An attack on the registry." }])).toEqual([]);
    expect(codes([{ field: "summary", text: "An attack stole credentials." }])).toEqual(["2.2"]);
    expect(codes([{ field: "details", text: "Oversight and accountability remain open." }])).toEqual([]);
    expect(codes([{ field: "summary", text: "Oversight is thin." }, { field: "details", text: "Accountability too." }])).toEqual(["6.5"]);
  });

  it("counts a strong phrase in the details as weak", () => {
    expect(codes([{ field: "details", text: "It may widen the governance gap." }])).toEqual([]);
  });

  it("classifies into several subdomains at once", () => {
    expect(codes([{ field: "title", text: "Prompt injection exposes a governance gap" }])).toEqual(["2.2", "6.5"]);
  });
});

describe("the risk taxonomy file", () => {
  const risks = loadTaxonomy().risks;

  it("has the 7 domains and 24 subdomains of the MIT AI Risk Repository, with their names", () => {
    expect(risks.map((d) => d.code)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const subdomains = risks.flatMap((d) => d.subdomains);
    expect(subdomains).toHaveLength(24);
    const byCode = new Map(subdomains.map((s) => [s.code, s.name]));
    expect(byCode.get("2.2")).toBe("AI system security vulnerabilities and attacks");
    expect(byCode.get("4.2")).toBe("Cyberattacks, weapon development or use, and mass harm");
    expect(byCode.get("6.5")).toBe("Governance failure");
    expect(byCode.get("7.6")).toBe("Multi-agent risks");
  });
});
