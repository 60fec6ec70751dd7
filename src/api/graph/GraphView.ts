import type { NodeType } from "../../domain/ids.js";
import type { GraphLink, GraphNode, LinkType } from "../../store/GraphStore.js";

export { byLinkOrder, compareIds } from "../../store/linkOrder.js";

/** The node types of the item graph: items and what they link to. Briefings and sources are not drawn. */
export type DrawableType = Extract<NodeType, "Item" | "Organization" | "Theme" | "Publisher">;

/** A node of a drawable subgraph (the schema's GraphNode). */
export interface ViewNode {
  id: string;
  type: DrawableType;
  label: string;
}

/** An edge of a drawable subgraph (the schema's GraphEdge), always from an item to an entity. */
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: LinkType;
}

/** A subgraph ready to draw: no node twice, both ends of every edge among the nodes. */
export interface GraphView {
  truncated: boolean;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** Item titles longer than this are cut at a word boundary for drawing; the node's id still finds the item. */
export const MAX_LABEL_LENGTH = 80;

/** Whether a node belongs to the item graph that traversals and drawings cover. */
export function isDrawable(type: NodeType): type is DrawableType {
  return type === "Item" || type === "Organization" || type === "Theme" || type === "Publisher";
}

/** The label a drawing shows: an organization's name, a theme's slug, a publisher's domain, an item's (short) title. */
export function viewNode(node: GraphNode): ViewNode | null {
  switch (node.type) {
    case "Item":
      return { id: node.value.id, type: node.type, label: shortLabel(node.value.title) };
    case "Organization":
      return { id: node.value.id, type: node.type, label: node.value.name };
    case "Theme":
      return { id: node.value.id, type: node.type, label: node.value.slug };
    case "Publisher":
      return { id: node.value.id, type: node.type, label: node.value.domain };
    default:
      return null;
  }
}

/** An edge with a stable id made of its type and ends, so that the same link has the same id in every answer. */
export function viewEdge(link: GraphLink): ViewEdge {
  return { id: `${link.type}:${link.itemId}:${link.targetId}`, source: link.itemId, target: link.targetId, type: link.type };
}

/** A title shortened to MAX_LABEL_LENGTH characters, cut after a whole word where one ends late enough. */
export function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_LABEL_LENGTH) return flat;
  const head = flat.slice(0, MAX_LABEL_LENGTH - 1);
  const space = head.lastIndexOf(" ");
  return `${(space >= MAX_LABEL_LENGTH / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
