import type { GraphLink } from "./GraphStore.js";

/** Code-unit order of ids: the same in every store (Neo4j's ORDER BY agrees for our ASCII ids), so that tie-breaks never depend on where the data lives. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of link lists everywhere: item id, then target id, then type (as GraphStore.links documents). */
export function byLinkOrder(a: GraphLink, b: GraphLink): number {
  return compareIds(a.itemId, b.itemId) || compareIds(a.targetId, b.targetId) || compareIds(a.type, b.type);
}
