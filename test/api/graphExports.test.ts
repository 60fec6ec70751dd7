import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../src/api/graph/exports/exportGraph.js";
import type { GraphView } from "../../src/api/graph/GraphView.js";
import { itemGraph } from "../../src/api/graph/itemGraph.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { graphOf, seedText, testExtractor } from "../support/briefings.js";
import { readWithNetworkx } from "../support/networkx.js";

const dir = mkdtempSync(join(tmpdir(), "govgraph-exports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the document of `graph` in `format` and reads it back with networkx. */
function roundTrip(graph: Pick<GraphView, "nodes" | "edges">, format: ExportFormat) {
  const file = join(dir, `graph-${format}`);
  writeFileSync(file, exportGraph(graph, format));
  return readWithNetworkx(format, file);
}

describe("graph exports read by networkx", () => {
  let seed: GraphView;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.init(testExtractor().taxonomyNodes());
    await store.ingest(graphOf(seedText(), "seed.txt"));
    seed = await itemGraph(store, {});
  });

  it("covers the seed graph: 31 items, their organizations, themes and publishers", () => {
    const count = (type: string) => seed.nodes.filter((n) => n.type === type).length;
    expect(count("Item")).toBe(31);
    expect(count("Publisher")).toBe(8);
    expect(count("Organization")).toBeGreaterThan(20);
    expect(count("Theme")).toBeGreaterThan(5);
    expect(seed.edges.length).toBeGreaterThan(seed.nodes.length);
  });

  for (const format of EXPORT_FORMATS) {
    it(`reads the ${format} export of the seed graph with the same nodes, edges, labels and types`, () => {
      const read = roundTrip(seed, format);
      expect(read.directed).toBe(true);
      expect(Object.keys(read.nodes)).toHaveLength(seed.nodes.length);
      expect(read.edges).toHaveLength(seed.edges.length);
      for (const node of seed.nodes) expect(read.nodes[node.id]).toMatchObject({ label: node.label, type: node.type });
      const edges = new Map(read.edges.map(([source, target, data]) => [`${source} ${target}`, data]));
      for (const edge of seed.edges) expect(edges.get(`${edge.source} ${edge.target}`)).toMatchObject({ type: edge.type, id: edge.id });
    });
  }

  it("escapes markup and drops characters XML cannot carry, so labels come back as written", () => {
    const awkward = `Fish & Chips <Ltd> "quoted" 'single' \u0001tab\there\nnew line \uD800 🙂`;
    const graph = {
      nodes: [
        { id: "Item&1", type: "Item" as const, label: awkward },
        { id: "<org>", type: "Organization" as const, label: "Ørsted & Co" },
      ],
      edges: [{ id: 'MENTIONS:"x"', source: "Item&1", target: "<org>", type: "MENTIONS" as const }],
    };
    const xmlSafe = awkward.replace("\u0001", "").replace("\uD800", "");
    for (const format of ["GRAPHML", "GEXF"] as const) {
      const read = roundTrip(graph, format);
      expect(read.nodes["Item&1"]?.["label"], format).toBe(xmlSafe);
      expect(read.nodes["<org>"]?.["label"], format).toBe("Ørsted & Co");
      expect(read.edges, format).toEqual([["Item&1", "<org>", expect.objectContaining({ id: 'MENTIONS:"x"', type: "MENTIONS" })]]);
    }
    const cytoscape = JSON.parse(exportGraph(graph, "CYTOSCAPE_JSON"));
    expect(cytoscape.elements.nodes[0].data).toMatchObject({ id: "Item&1", label: awkward, type: "Item" });
  });

  it("writes an empty graph as a valid document", () => {
    for (const format of EXPORT_FORMATS) {
      expect(roundTrip({ nodes: [], edges: [] }, format)).toEqual({ directed: true, nodes: {}, edges: [] });
    }
  });
});
