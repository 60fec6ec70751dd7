import { DirectedGraph } from "graphology";
import type { GraphView, NodeFacts } from "../api/queries.js";
import { colorFor, shortLabel, sizeFor } from "./nodeStyle.js";

/** What the page keeps on each node. `type` is left to sigma (its node program), so the GraphQL type is `nodeType`. */
export interface ViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  /** The label drawn (shortened). */
  label: string;
  /** The whole label: an organization's name, a theme's slug, a publisher's domain, an item's title. */
  fullLabel: string;
  nodeType: string;
  /** Items naming the entity (1 for an item); null until the facts arrive. */
  itemCount: number | null;
  /** An item's briefing date. */
  date: string | null;
  /** An item's theme slugs. */
  themes: string[] | null;
  /** An item's risk codes. */
  risks: string[] | null;
  /** True once the node's own neighbourhood has been merged in. */
  expanded: boolean;
}

/** An edge: always from an item to the entity it mentions, has as theme, or is cited by. */
export interface ViewEdge {
  relation: string;
  size: number;
  color: string;
}

/** The graph the page draws: the union of the neighbourhoods loaded so far. */
export type ViewGraph = DirectedGraph<ViewNode, ViewEdge>;

/** An empty view graph: directed (item -> entity), one edge per pair. */
export function createViewGraph(): ViewGraph {
  return new DirectedGraph<ViewNode, ViewEdge>({ multi: false, allowSelfLoops: false });
}

/**
 * Adds a neighbourhood to the view, at most up to `maxNodes` nodes in all; nodes already there keep their place.
 * New nodes start in a small ring around `anchor` (the node expanded) so the layout grows the view from there.
 * Returns the ids of the nodes added.
 */
export function mergeView(graph: ViewGraph, view: GraphView, anchor: string | null, maxNodes: number, random = Math.random): string[] {
  const origin = anchor !== null && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : centreOf(graph);
  const spread = graph.order === 0 ? 10 : Math.max(1, extentOf(graph) / 20);
  const added: string[] = [];
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) continue;
    if (graph.order >= maxNodes) break;
    const angle = random() * 2 * Math.PI;
    const radius = spread * (0.5 + random());
    graph.addNode(node.id, {
      x: origin.x + radius * Math.cos(angle),
      y: origin.y + radius * Math.sin(angle),
      size: sizeFor(node.type, null),
      color: colorFor(node.type),
      label: shortLabel(node.label),
      fullLabel: node.label,
      nodeType: node.type,
      itemCount: node.type === "Item" ? 1 : null,
      date: null,
      themes: null,
      risks: null,
      expanded: false,
    });
    added.push(node.id);
  }
  for (const edge of view.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { relation: edge.type, size: 1, color: "#c9ced6" });
  }
  return added;
}

/** Records the facts of nodes (an item's date, themes and risks, an entity's item count) and sizes entities by count. */
export function applyFacts(graph: ViewGraph, facts: ReadonlyArray<NodeFacts | null>): void {
  for (const fact of facts) {
    if (fact === null || !graph.hasNode(fact.id)) continue;
    if ("briefing" in fact) {
      graph.mergeNodeAttributes(fact.id, {
        date: fact.briefing.date,
        themes: fact.themes.map((theme) => theme.slug),
        risks: fact.risks.map((risk) => risk.code),
      });
    } else if ("itemCount" in fact) {
      const type = graph.getNodeAttribute(fact.id, "nodeType");
      graph.mergeNodeAttributes(fact.id, { itemCount: fact.itemCount, size: sizeFor(type, fact.itemCount) });
    }
  }
}

function centreOf(graph: ViewGraph): { x: number; y: number } {
  if (graph.order === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  graph.forEachNode((_node, attributes) => {
    x += attributes.x;
    y += attributes.y;
  });
  return { x: x / graph.order, y: y / graph.order };
}

function extentOf(graph: ViewGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY, 1);
}
