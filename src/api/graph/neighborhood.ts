import { BadUserInputError } from "../../errors.js";
import type { GraphLink, GraphStore } from "../../store/GraphStore.js";
import { byLinkOrder, compareIds, isDrawable, viewEdge, viewNode, type GraphView, type ViewNode } from "./GraphView.js";

/** Defaults and caps of Query.neighborhood (documented in the schema); above a cap the request is refused. */
export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;
export const DEFAULT_NODE_LIMIT = 200;
export const MAX_NODE_LIMIT = 2000;

/** The arguments of Query.neighborhood. */
export interface NeighborhoodRequest {
  id: string;
  depth?: number | null;
  limit?: number | null;
}

/**
 * The subgraph around a node: a breadth-first search over every link type out to `depth`, one `store.links` call per
 * level, keeping at most `limit` nodes. Nodes come in search order (the centre first, then each level by id), so the
 * limit keeps the nearest ones and every store keeps the same ones; `truncated` says the limit left some out.
 * Null when no node has the id; a briefing or source is refused (they are not part of the item graph).
 */
export async function neighborhood(store: GraphStore, request: NeighborhoodRequest): Promise<GraphView | null> {
  const depth = checked("depth", request.depth ?? DEFAULT_DEPTH, MAX_DEPTH);
  const limit = checked("limit", request.limit ?? DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT);
  const [center] = await store.nodes([request.id]);
  if (!center) return null;
  if (!isDrawable(center.type)) {
    throw new BadUserInputError(`"id" is a ${center.type}; a neighborhood starts at an item, organization, theme or publisher`, { argument: "id" });
  }

  const included = new Set<string>([request.id]);
  const links = new Map<string, GraphLink>();
  let frontier = [request.id];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
    const fresh = new Set<string>();
    for (const link of await store.links(frontier)) {
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
  const fetched = others.length > 0 ? await store.nodes(others) : [];
  const nodes = [center, ...fetched].flatMap((node) => {
    const drawn = node ? viewNode(node) : null;
    return drawn ? [drawn] : [];
  });
  // A node removed between the calls is left out together with its edges.
  const drawnIds = new Set(nodes.map((n: ViewNode) => n.id));
  const edges = [...links.values()]
    .filter((l) => drawnIds.has(l.itemId) && drawnIds.has(l.targetId))
    .sort(byLinkOrder)
    .map(viewEdge);
  return { truncated, nodes, edges };
}

function checked(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`"${argument}" must be between 1 and ${max}; got ${value}`, { argument, max });
  }
  return value;
}
