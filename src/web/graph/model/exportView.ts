import type { ViewGraph } from "./ViewGraph.js";

/** A node of an exported view, with the attributes every format carries. */
export interface ExportNode {
  id: string;
  label: string;
  type: string;
  itemCount: number | null;
  date: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** An edge of an exported view: from an item to an entity. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

/** The view as it is drawn: visible nodes at their positions, and the edges between them. */
export interface ViewSnapshot {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The download formats, named as the API's ExportFormat enum names them. */
export type ExportFormat = "GRAPHML" | "GEXF" | "CYTOSCAPE_JSON";

export const EXPORT_FILES: Readonly<Record<ExportFormat, { extension: string; mediaType: string }>> = {
  GRAPHML: { extension: "graphml", mediaType: "application/graphml+xml" },
  GEXF: { extension: "gexf", mediaType: "application/gexf+xml" },
  CYTOSCAPE_JSON: { extension: "cyjs", mediaType: "application/json" },
};

/** The nodes not in `hidden` and the edges whose both ends are shown. */
export function snapshotOf(graph: ViewGraph, hidden: ReadonlySet<string>): ViewSnapshot {
  const nodes: ExportNode[] = [];
  graph.forEachNode((id, a) => {
    if (hidden.has(id)) return;
    nodes.push({ id, label: a.fullLabel, type: a.nodeType, itemCount: a.itemCount, date: a.date, x: a.x, y: a.y, size: a.size, color: a.color });
  });
  const edges: ExportEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (!hidden.has(source) && !hidden.has(target)) edges.push({ id, source, target, type: a.relation });
  });
  return { nodes, edges };
}

/** The snapshot in one of the formats Gephi, Cytoscape and networkx read. */
export function exportView(snapshot: ViewSnapshot, format: ExportFormat): string {
  if (format === "GRAPHML") return toGraphML(snapshot);
  if (format === "GEXF") return toGEXF(snapshot);
  return toCytoscapeJSON(snapshot);
}

// The same keys as the API's export (src/api/graph/exports), plus what the drawing adds: counts, dates, positions.
const GRAPHML_KEYS = [
  { id: "label", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "itemCount", for: "node", type: "int" },
  { id: "date", for: "node", type: "string" },
  { id: "x", for: "node", type: "double" },
  { id: "y", for: "node", type: "double" },
  { id: "size", for: "node", type: "double" },
  { id: "color", for: "node", type: "string" },
  { id: "edge_type", name: "type", for: "edge", type: "string" },
] as const;

/** GraphML (networkx read_graphml, Gephi, Cytoscape, yEd): typed keys, one `data` per known attribute. */
export function toGraphML({ nodes, edges }: ViewSnapshot): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${"name" in key ? key.name : key.id}" attr.type="${key.type}"/>`),
    '  <graph id="govgraph" edgedefault="directed">',
  ];
  for (const node of nodes) {
    const data: Array<[string, string | number | null]> = [
      ["label", node.label], ["type", node.type], ["itemCount", node.itemCount], ["date", node.date],
      ["x", round(node.x)], ["y", round(node.y)], ["size", round(node.size)], ["color", node.color],
    ];
    const fields = data.filter(([, value]) => value !== null).map(([key, value]) => `<data key="${key}">${xml(String(value))}</data>`);
    lines.push(`    <node id="${xml(node.id)}">${fields.join("")}</node>`);
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}"><data key="edge_type">${xml(edge.type)}</data></edge>`);
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/**
 * GEXF (Gephi's format) in the 1.2 namespace, as the API writes it: Gephi reads it like 1.3, and networkx read_gexf
 * reads only 1.1 and 1.2. Attributes declared per class; positions, colours and sizes in the viz namespace.
 */
export function toGEXF({ nodes, edges }: ViewSnapshot): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    "  <meta><creator>govgraph</creator><description>A view of the govgraph knowledge graph</description></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="itemCount" title="itemCount" type="integer"/>',
    '      <attribute id="date" title="date" type="string"/>',
    "    </attributes>",
    '    <attributes class="edge" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  for (const node of nodes) {
    const values: Array<[string, string | number | null]> = [["type", node.type], ["itemCount", node.itemCount], ["date", node.date]];
    const attvalues = values.filter(([, value]) => value !== null).map(([key, value]) => `<attvalue for="${key}" value="${xml(String(value))}"/>`);
    const [r, g, b] = rgb(node.color);
    lines.push(
      `      <node id="${xml(node.id)}" label="${xml(node.label)}"><attvalues>${attvalues.join("")}</attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${round(node.x)}" y="${round(node.y)}" z="0"/><viz:size value="${round(node.size)}"/></node>`,
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of edges) {
    lines.push(
      `      <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}" label="${xml(edge.type)}"><attvalues><attvalue for="type" value="${xml(edge.type)}"/></attvalues></edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

/**
 * Cytoscape.js / Cytoscape desktop JSON with positions. As in the API's export, node data repeat the label as `name`
 * (the column Cytoscape desktop draws) and the id as `value` (the key networkx cytoscape_graph reads nodes by).
 */
export function toCytoscapeJSON({ nodes, edges }: ViewSnapshot): string {
  return `${JSON.stringify(
    {
      data: { name: "govgraph view" },
      directed: true,
      multigraph: false,
      elements: {
        nodes: nodes.map((node) => ({
          data: {
            id: node.id, label: node.label, type: node.type, name: node.label, value: node.id,
            ...(node.itemCount === null ? {} : { itemCount: node.itemCount }),
            ...(node.date === null ? {} : { date: node.date }),
            color: node.color, size: round(node.size),
          },
          position: { x: round(node.x), y: round(node.y) },
        })),
        edges: edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } })),
      },
    },
    null,
    2,
  )}\n`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;",
  // As references, or a parser turns them into spaces inside attribute values.
  "\t": "&#9;", "\n": "&#10;", "\r": "&#13;",
};

/** Text safe inside XML 1.0 content or a double-quoted attribute: escaped, and without the characters XML forbids. */
function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char] ?? char);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? "bab0ac";
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}
