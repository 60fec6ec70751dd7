import { describe, expect, it } from "vitest";
import { hiddenNodes, NO_FILTER } from "../../src/web/graph/model/viewFilter.js";
import { applyFacts, createViewGraph, mergeView } from "../../src/web/graph/model/ViewGraph.js";

/** Two items of different days, themes and risks, both naming OpenAI; one names Nvidia too. */
function graph() {
  const view = createViewGraph();
  mergeView(
    view,
    {
      truncated: false,
      nodes: [
        { id: "i1", type: "Item", label: "March item" },
        { id: "i2", type: "Item", label: "April item" },
        { id: "openai", type: "Organization", label: "OpenAI" },
        { id: "nvidia", type: "Organization", label: "Nvidia" },
        { id: "agents", type: "Theme", label: "agents" },
      ],
      edges: [
        { id: "a", source: "i1", target: "openai", type: "MENTIONS" },
        { id: "b", source: "i2", target: "openai", type: "MENTIONS" },
        { id: "c", source: "i2", target: "nvidia", type: "MENTIONS" },
        { id: "d", source: "i1", target: "agents", type: "HAS_THEME" },
      ],
    },
    null,
    2000,
  );
  applyFacts(view, [
    { __typename: "Item", id: "i1", briefing: { date: "2026-03-25" }, themes: [{ slug: "agents" }], risks: [] },
    { __typename: "Item", id: "i2", briefing: { date: "2026-04-02" }, themes: [{ slug: "compute-infrastructure" }], risks: [{ code: "2.2" }, { code: "7.3" }] },
  ]);
  return view;
}

describe("filtering the view", () => {
  it("hides nothing without a filter", () => {
    expect(hiddenNodes(graph(), NO_FILTER, new Set())).toEqual(new Set());
  });

  it("hides items outside the date range, and entities left without an item", () => {
    expect(hiddenNodes(graph(), { ...NO_FILTER, from: "2026-04-01" }, new Set())).toEqual(new Set(["i1", "agents"]));
    expect(hiddenNodes(graph(), { ...NO_FILTER, to: "2026-03-31" }, new Set())).toEqual(new Set(["i2", "nvidia"]));
  });

  it("hides items without the theme, but never the nodes it is asked to keep", () => {
    expect(hiddenNodes(graph(), { ...NO_FILTER, theme: "agents" }, new Set())).toEqual(new Set(["i2", "nvidia"]));
    expect(hiddenNodes(graph(), { ...NO_FILTER, theme: "agents" }, new Set(["nvidia"]))).toEqual(new Set(["i2"]));
  });

  it("hides items without the risk, but never the nodes it is asked to keep", () => {
    expect(hiddenNodes(graph(), { ...NO_FILTER, risk: "2.2" }, new Set())).toEqual(new Set(["i1", "agents"]));
    expect(hiddenNodes(graph(), { ...NO_FILTER, risk: "2.2" }, new Set(["agents"]))).toEqual(new Set(["i1"]));
    expect(hiddenNodes(graph(), { ...NO_FILTER, risk: "1.1" }, new Set())).toEqual(new Set(["i1", "i2", "openai", "nvidia", "agents"]));
  });

  it("applies the theme and the risk together", () => {
    expect(hiddenNodes(graph(), { ...NO_FILTER, theme: "agents", risk: "2.2" }, new Set())).toEqual(new Set(["i1", "i2", "openai", "nvidia", "agents"]));
  });

  it("keeps an item whose risks have not arrived yet", () => {
    const view = graph();
    view.mergeNodeAttributes("i1", { risks: null });
    expect(hiddenNodes(view, { ...NO_FILTER, risk: "2.2" }, new Set())).toEqual(new Set());
  });

  it("records an item's risk codes from its facts", () => {
    expect(graph().getNodeAttribute("i2", "risks")).toEqual(["2.2", "7.3"]);
  });

  it("hides the node types switched off in the legend", () => {
    expect(hiddenNodes(graph(), { ...NO_FILTER, hiddenTypes: new Set(["Organization"]) }, new Set())).toEqual(new Set(["openai", "nvidia"]));
  });

  it("sizes entities by item count once their facts arrive", () => {
    const view = graph();
    const before = view.getNodeAttribute("openai", "size");
    applyFacts(view, [{ __typename: "Organization", id: "openai", itemCount: 40 }]);
    expect(view.getNodeAttribute("openai", "size")).toBeGreaterThan(before);
    expect(view.getNodeAttribute("openai", "itemCount")).toBe(40);
  });
});
