import type { GraphLink, GraphNode, Neighborhood } from "./GraphStore.js";
import { byLinkOrder, compareIds } from "./linkOrder.js";

/** What a breadth-first neighbourhood search reads: links touching nodes, and nodes by id. */
export interface LinkSource {
  links(nodeIds: readonly string[]): Promise<GraphLink[]>;
  nodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

/**
 * GraphStore.neighborhood computed from `links` and `nodes`, one links call per level: the reference the stores
 * agree with, in the contract tests (Neo4jStore runs the same search in one statement; MemoryStore over its own
 * indexes, boundedNeighborhood).
 */
export async function neighborhoodSearch(source: LinkSource, centerId: string, depth: number, limit: number): Promise<Neighborhood | null> {
  const [center] = await source.nodes([centerId]);
  if (!center) return null;
  const included = new Set<string>([centerId]);
  const links = new Map<string, GraphLink>();
  let frontier = [centerId];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
    const fresh = new Set<string>();
    for (const link of await source.links(frontier)) {
      links.set(`${link.itemId} ${link.targetId} ${link.type}`, link);
      for (const end of [link.itemId, link.targetId]) if (!included.has(end)) fresh.add(end);
    }
    const candidates = [...fresh].sort(compareIds);
    const room = limit - included.size;
    truncated = candidates.length > room;
    frontier = candidates.slice(0, room);
    for (const id of frontier) included.add(id);
  }
  const others = [...included].slice(1);
  const fetched = others.length > 0 ? await source.nodes(others) : [];
  // A node removed between the calls is left out together with its links.
  const nodes = [center, ...fetched].filter((node): node is GraphNode => node !== null);
  const present = new Set(nodes.map((n) => n.value.id));
  return {
    truncated,
    nodes,
    links: [...links.values()].filter((l) => present.has(l.itemId) && present.has(l.targetId)).sort(byLinkOrder),
  };
}
