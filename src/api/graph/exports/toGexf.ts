import type { DrawableGraph } from "./DrawableGraph.js";
import { escapeXml } from "./xml.js";

/**
 * GEXF with a static directed graph: nodes with their label and a `type` attribute, edges labelled with their type
 * and carrying it as a `type` attribute. Written in the 1.2 namespace (http://www.gexf.net/1.2draft), which Gephi
 * reads like its newer 1.3 and which networkx `read_gexf` needs: networkx reads only the 1.1 and 1.2 namespaces.
 */
export function toGexf(graph: DrawableGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    "  <meta><creator>govgraph</creator><description>AI safety and governance briefings: items and what they link to</description></meta>",
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node" mode="static"><attribute id="type" title="type" type="string"/></attributes>',
    '    <attributes class="edge" mode="static"><attribute id="type" title="type" type="string"/></attributes>',
    "    <nodes>",
  ];
  for (const node of graph.nodes) {
    lines.push(
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">` +
        `<attvalues><attvalue for="type" value="${node.type}"/></attvalues></node>`,
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of graph.edges) {
    lines.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${edge.type}">` +
        `<attvalues><attvalue for="type" value="${edge.type}"/></attvalues></edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
