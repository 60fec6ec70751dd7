import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportView, snapshotOf, type ExportFormat } from "../../src/web/graph/model/exportView.js";
import { applyFacts, createViewGraph, mergeView } from "../../src/web/graph/model/ViewGraph.js";
import { python } from "./support/python.js";

const TRICKY = 'Q&A <"quoted"> \'single\' tab\there\u0001 control, emoji 🛰️ and a lone \uD800 surrogate';

function sampleGraph() {
  const graph = createViewGraph();
  mergeView(
    graph,
    {
      truncated: false,
      nodes: [
        { id: "item:1", type: "Item", label: TRICKY },
        { id: "item:2", type: "Item", label: "Second item" },
        { id: "org:anthropic", type: "Organization", label: "Anthropic" },
        { id: "theme:agents", type: "Theme", label: "agents" },
        { id: "pub:reuters.com", type: "Publisher", label: "reuters.com" },
      ],
      edges: [
        { id: "e1", source: "item:1", target: "org:anthropic", type: "MENTIONS" },
        { id: "e2", source: "item:1", target: "theme:agents", type: "HAS_THEME" },
        { id: "e3", source: "item:2", target: "org:anthropic", type: "MENTIONS" },
        { id: "e4", source: "item:2", target: "pub:reuters.com", type: "CITED_BY" },
      ],
    },
    null,
    2000,
    () => 0.5,
  );
  applyFacts(graph, [
    { __typename: "Item", id: "item:1", briefing: { date: "2026-03-25" }, themes: [{ slug: "agents" }], risks: [{ code: "2.2" }] },
    { __typename: "Organization", id: "org:anthropic", itemCount: 2 },
  ]);
  return graph;
}

describe("exporting the drawn view", () => {
  const dir = mkdtempSync(join(tmpdir(), "govgraph-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (format: ExportFormat, hidden: Set<string> = new Set()) => {
    const file = join(dir, `view-${format}-${hidden.size}`);
    writeFileSync(file, exportView(snapshotOf(sampleGraph(), hidden), format));
    return file;
  };

  it("writes GraphML that networkx reads with labels, types, counts, dates and positions", () => {
    const out = python(
      [
        "import json, sys, networkx",
        "g = networkx.read_graphml(sys.argv[1])",
        "print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'item': g.nodes['item:1'], 'org': g.nodes['org:anthropic'], 'edge': g.edges['item:1', 'org:anthropic']}))",
      ].join("\n"),
      write("GRAPHML"),
    );
    const read = JSON.parse(out) as Record<string, Record<string, unknown> | number>;
    expect(read.nodes).toBe(5);
    expect(read.edges).toBe(4);
    expect(read.item).toMatchObject({ type: "Item", date: "2026-03-25", label: TRICKY.replace("\u0001", "").replace(" \uD800", " ") });
    expect(read.org).toMatchObject({ type: "Organization", label: "Anthropic", itemCount: 2 });
    expect(typeof (read.org as Record<string, unknown>).x).toBe("number");
    expect(read.edge).toMatchObject({ type: "MENTIONS" });
  });

  it("writes GEXF and Cytoscape JSON that networkx reads", () => {
    const gexf = python(
      "import sys, networkx; g = networkx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), g.nodes['org:anthropic']['label'], g.nodes['org:anthropic']['type'])",
      write("GEXF"),
    );
    expect(gexf).toBe("5 4 Anthropic Organization");
    const cytoscape = python(
      "import json, sys, networkx; g = networkx.cytoscape_graph(json.load(open(sys.argv[1]))); print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())",
      write("CYTOSCAPE_JSON"),
    );
    expect(cytoscape).toBe("5 4 True");
  });

  it("leaves out filtered nodes and the edges that touch them", () => {
    const snapshot = snapshotOf(sampleGraph(), new Set(["item:2"]));
    expect(snapshot.nodes.map((node) => node.id)).not.toContain("item:2");
    expect(snapshot.edges.map((edge) => edge.id)).toEqual(["e1", "e2"]);
    expect(python("import sys, networkx; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", write("GRAPHML", new Set(["item:2"])))).toBe("4 2");
  });
});
