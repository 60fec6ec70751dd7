import type { DrawableGraph } from "./DrawableGraph.js";
import { toCytoscapeJson } from "./toCytoscapeJson.js";
import { toGexf } from "./toGexf.js";
import { toGraphML } from "./toGraphML.js";

/** The schema's ExportFormat. */
export type ExportFormat = "GRAPHML" | "GEXF" | "CYTOSCAPE_JSON";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["GRAPHML", "GEXF", "CYTOSCAPE_JSON"];

/** A graph as a document in one of the formats drawing tools read. */
export function exportGraph(graph: DrawableGraph, format: ExportFormat): string {
  switch (format) {
    case "GRAPHML":
      return toGraphML(graph);
    case "GEXF":
      return toGexf(graph);
    case "CYTOSCAPE_JSON":
      return toCytoscapeJson(graph);
  }
}
