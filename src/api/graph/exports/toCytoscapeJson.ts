import type { DrawableGraph } from "./DrawableGraph.js";

/**
 * Cytoscape JSON: `{ data, directed, multigraph, elements: { nodes: [{ data }], edges: [{ data }] } }`, read by
 * Cytoscape.js, Cytoscape desktop (.cyjs) and networkx `cytoscape_graph`. Node data repeat the label as `name`
 * (the column Cytoscape desktop draws by default) and the id as `value` (the key networkx reads nodes by).
 */
export function toCytoscapeJson(graph: DrawableGraph): string {
  const document = {
    data: { name: "govgraph" },
    directed: true,
    multigraph: false,
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, name: n.label, value: n.id } })),
      edges: graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
