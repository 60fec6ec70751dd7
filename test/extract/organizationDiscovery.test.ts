import { describe, expect, it } from "vitest";
import type { BriefingDraft } from "../../src/domain/BriefingDraft.js";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";

const extractor = new Extractor(loadTaxonomy());

/** The organizations extracted from one item, as [name, confidence]. */
function organizationsOf(title: string, summary: string | null = null, details: string | null = null) {
  const draft: BriefingDraft = {
    file: "test.txt",
    date: "2026-04-01",
    heading: "AI SAFETY AND GOVERNANCE",
    items: [{ section: "ADDITIONAL", priority: null, title, summary, details, sources: [], line: 3 }],
    warnings: [],
  };
  const { graph } = extractor.extract(draft);
  const byId = new Map(graph.organizations.map((o) => [o.id, o]));
  return graph.itemOrganizations.map((link) => {
    const organization = byId.get(link.targetId);
    return [organization?.name, organization?.confidence];
  });
}

const discovered = (name: string) => [name, 0.6];
const known = (name: string) => [name, 1];

describe("discovery of organizations the taxonomy does not know", () => {
  it("finds names in organisational roles, before and after the verb", () => {
    expect(organizationsOf("Databricks acquires Antimatter and Zephyrine")).toEqual([
      known("Databricks"),
      discovered("Antimatter"),
      discovered("Zephyrine"),
    ]);
    expect(organizationsOf("Keyline emerges from stealth with $38M")).toEqual([discovered("Keyline")]);
    expect(organizationsOf("Zenlytic launches an agent firewall")).toEqual([discovered("Zenlytic")]);
  });

  it("finds a name announced by a noun or an appositive", () => {
    expect(organizationsOf("FTC settles with AI toy maker Playmate Robotics")).toEqual([
      known("Federal Trade Commission"),
      discovered("Playmate Robotics"),
    ]);
    expect(organizationsOf("Workday closed its purchase of Sanaly, a Stockholm company whose agents act")).toEqual([
      discovered("Workday"),
      discovered("Sanaly"),
    ]);
  });

  it("takes names listed beside a known organization as organizations too", () => {
    expect(organizationsOf("Disney, Peacocktail and Warner Bros. Discovery sue Midjourney").map(([n]) => n)).toEqual([
      "Disney",
      "Warner Bros. Discovery",
      "Midjourney",
      "Peacocktail",
    ]);
  });

  it("finds courts, case parties and state offices", () => {
    expect(organizationsOf("The Court of Appeal upheld the ruling")).toEqual([discovered("Court of Appeal")]);
    expect(organizationsOf("Acme Search v. Ross Intelligence argued")).toEqual([
      known("Ross Intelligence"),
      discovered("Acme Search"),
    ]);
    expect(organizationsOf("Kentucky attorney general sues Roblox")).toEqual([known("Roblox"), discovered("Kentucky attorney general")]);
  });

  it("leaves out people, places and words that only describe the organization that follows", () => {
    expect(organizationsOf("Sierra, the company co-founded by Bret Taylor, raises $350M")).toEqual([discovered("Sierra")]);
    expect(organizationsOf("Musk sues OpenAI again")).toEqual([known("OpenAI")]);
    expect(organizationsOf("Snowflake completes acquisition of Postgres provider Crunchy Data")).toEqual([
      known("Snowflake"),
      discovered("Crunchy Data"),
    ]);
    expect(organizationsOf("Parsewell, a Toronto startup, raises $12M")).toEqual([discovered("Parsewell")]);
  });

  it("folds a short form and an acronym into the full name", () => {
    expect(organizationsOf("Ofcom investigates companion app Chai", "Chai Research must check ages")).toEqual([
      known("Ofcom"),
      discovered("Chai Research"),
    ]);
    expect(organizationsOf("Meta signs power deal with Oklo and CPA", "The Cascade Power Authority will connect it")).toEqual([
      known("Meta"),
      known("Oklo"),
      discovered("Cascade Power Authority"),
    ]);
  });

  it("links a discovered name that the taxonomy knows to the known organization", () => {
    expect(organizationsOf("Italy fines Replika developer Luka")).toEqual([known("Luka Inc.")]);
  });

  it("does not take a product followed by a company ending for the product's maker", () => {
    expect(organizationsOf("CoreWeave buys rival Comet ML")).toEqual([known("CoreWeave"), discovered("Comet ML")]);
  });
});
