import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../src/web/graph/api/queries.js";
import { bestHit, hitLabel } from "../../src/web/graph/model/searchHits.js";

const hit = (score: number, node: SearchHit["node"]): SearchHit => ({ score, node });
const item = hit(3.2, { __typename: "Item", id: "i", title: "Anthropic sues over supply-chain designation", briefing: { date: "2026-03-25" } });
const organization = hit(1.1, { __typename: "Organization", id: "o", name: "Anthropic", itemCount: 3 });
const theme = hit(0.9, { __typename: "Theme", id: "t", slug: "agents", name: "Agents" });

describe("picking the start node from search hits", () => {
  it("starts from the organization or theme the query names, whatever its score", () => {
    expect(bestHit("anthropic", [item, organization])).toBe(organization);
    expect(bestHit(" Agents ", [item, theme])).toBe(theme);
  });

  it("starts from the best-scored hit otherwise, and from nothing when there is none", () => {
    expect(bestHit("supply chain", [item, organization])).toBe(item);
    expect(bestHit("nothing", [])).toBeUndefined();
  });

  it("labels a hit by name, else title", () => {
    expect([item, organization, theme].map(hitLabel)).toEqual(["Anthropic sues over supply-chain designation", "Anthropic", "Agents"]);
  });
});
