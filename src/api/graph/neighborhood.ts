import { BadUserInputError } from "../../errors.js";
import type { GraphStore } from "../../store/GraphStore.js";
import { isDrawable, viewEdge, viewNode, type GraphView } from "./GraphView.js";

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
 * The subgraph around a node, ready to draw: a breadth-first search over every link type out to `depth`, keeping
 * at most `limit` nodes (GraphStore.neighborhood: the centre first, then each level by id, so the limit keeps the
 * nearest ones and every store keeps the same ones; `truncated` says the limit left some out).
 * Null when no node has the id; a briefing or source is refused (they are not part of the item graph).
 */
export async function neighborhood(store: GraphStore, request: NeighborhoodRequest): Promise<GraphView | null> {
  const depth = checked("depth", request.depth ?? DEFAULT_DEPTH, MAX_DEPTH);
  const limit = checked("limit", request.limit ?? DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT);
  const found = await store.neighborhood(request.id, depth, limit);
  if (!found) return null;
  const center = found.nodes[0];
  if (center && !isDrawable(center.type)) {
    throw new BadUserInputError(`"id" is a ${center.type}; a neighborhood starts at an item, organization, theme or publisher`, { argument: "id" });
  }
  const nodes = found.nodes.flatMap((node) => {
    const drawn = viewNode(node);
    return drawn ? [drawn] : [];
  });
  return { truncated: found.truncated, nodes, edges: found.links.map(viewEdge) };
}

function checked(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`"${argument}" must be between 1 and ${max}; got ${value}`, { argument, max });
  }
  return value;
}
