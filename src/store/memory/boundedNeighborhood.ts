import type { GraphLink, GraphNode, Neighborhood } from "../GraphStore.js";
import { byLinkOrder, compareIds } from "../linkOrder.js";

/** The embedded store's item graph as the neighbourhood search reads it: node ids only, nothing copied. */
export interface ItemGraphIndex {
  node(id: string): GraphNode | null;
  /** Calls `visit` with every node linked to `id` (a node may come more than once). */
  forEachNeighbour(id: string, visit: (neighbourId: string) => void): void;
  /** The links of an item (MENTIONS, HAS_THEME, CITED_BY), each once; none for other nodes. */
  linksOfItem(id: string): GraphLink[];
}

/**
 * GraphStore.neighborhood over the embedded store's indexes, with the same answer as the reference search
 * (neighborhoodSearch: level by level, the smallest ids first when a level does not fit) but without building a
 * link object for every link it passes: around a hub organization the first level passes its tens of thousands of
 * items, of which `limit` are kept. The links of the answer are read at the end from the kept items: every link
 * has an item at one end, and two kept nodes are never on the same level (the graph is bipartite, items on one
 * side), so these are exactly the links the reference collects between kept nodes.
 */
export function boundedNeighborhood(graph: ItemGraphIndex, centerId: string, depth: number, limit: number): Neighborhood | null {
  const center = graph.node(centerId);
  if (center === null) return null;
  const included = new Set<string>([centerId]);
  let frontier = [centerId];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
    const fresh = new Set<string>();
    for (const id of frontier) {
      graph.forEachNeighbour(id, (neighbour) => {
        if (!included.has(neighbour)) fresh.add(neighbour);
      });
    }
    const room = limit - included.size;
    truncated = fresh.size > room;
    frontier = smallestIds(fresh, room);
    for (const id of frontier) included.add(id);
  }
  const nodes: GraphNode[] = [center];
  const present = new Set<string>([centerId]);
  for (const id of included) {
    const node = id === centerId ? null : graph.node(id);
    if (node !== null) {
      nodes.push(node);
      present.add(id);
    }
  }
  const links: GraphLink[] = [];
  for (const id of present) for (const link of graph.linksOfItem(id)) if (present.has(link.targetId)) links.push(link);
  return { truncated, nodes, links: links.sort(byLinkOrder) };
}

/** The `count` smallest ids, in order. */
function smallestIds(ids: ReadonlySet<string>, count: number): string[] {
  if (count <= 0) return [];
  return [...ids].sort(compareIds).slice(0, count);
}
