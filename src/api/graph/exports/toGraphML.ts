import type { DrawableGraph } from "./DrawableGraph.js";
import { escapeXml } from "./xml.js";

/**
 * GraphML (graphml.graphdrawing.org) with a directed graph and declared attributes: node `label` and `type`, edge
 * `type`. Gephi, Cytoscape, yEd and networkx (`read_graphml`) read it as it is; the ids are the API's global ids.
 */
export function toGraphML(graph: DrawableGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="govgraph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${escapeXml(node.id)}"><data key="label">${escapeXml(node.label)}</data><data key="type">${node.type}</data></node>`,
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `<data key="edge_type">${edge.type}</data></edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
