import { fromGlobalId } from "../../domain/ids.js";
import { BadUserInputError } from "../../errors.js";
import type { GraphLink, GraphNode, GraphStore, LinkType } from "../../store/GraphStore.js";
import { nodeModel, type NodeModel } from "../models.js";
import { compareIds } from "./GraphView.js";
import { resolveEndpoints } from "./resolveEndpoint.js";

/** `maxHops` when the caller gives none, and the most the server runs (documented on Query.connection). */
export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 8;

/** The arguments of Query.connection. */
export interface ConnectionRequest {
  from: string;
  to: string;
  maxHops?: number | null;
}

/** An edge of a path: the item that evidences it, and the entity it links to. */
export interface PathEdge {
  type: LinkType;
  source: string;
  target: string;
}

/** The schema's Path: `length` edges between `length + 1` nodes. */
export interface ConnectionPath {
  length: number;
  nodes: NodeModel[];
  edges: PathEdge[];
}

/** One end's breadth-first search: every node reached, with the node it was reached from and the link between. */
interface SearchSide {
  start: string;
  reachedFrom: Map<string, { via: string; link: GraphLink } | null>;
  frontier: string[];
  depth: number;
}

/**
 * The shortest chain of links between two entities, or null when none has at most `maxHops` edges.
 *
 * A bidirectional breadth-first search over the item graph built only on `store.links`: each round expands the
 * smaller frontier by one level, with one store call where the searches meet or cannot meet and two where they
 * could but do not (see expand). Chains run through items and organizations; a theme or a
 * publisher is only ever an end, or a theme hub would put everything four hops apart. Ties are broken by id (a
 * node's predecessor is the smallest id one level closer; the meeting node is the smallest id), so every store
 * gives the same path. `maxHops` is checked before any store call.
 */
export async function findConnection(store: GraphStore, request: ConnectionRequest): Promise<ConnectionPath | null> {
  const maxHops = request.maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new BadUserInputError(`"maxHops" must be between 1 and ${MAX_HOPS}; got ${maxHops}`, { argument: "maxHops", max: MAX_HOPS });
  }
  const [from, to] = (await resolveEndpoints(store, [
    { text: request.from, argument: "from" },
    { text: request.to, argument: "to" },
  ])) as [GraphNode, GraphNode];
  if (from.value.id === to.value.id) return { length: 0, nodes: [nodeModel(from)], edges: [] };

  // The records already read: the ends, and the nodes on either side of where the searches met.
  const known = new Map([from, to].map((node) => [node.value.id, node]));
  const forward = startSide(from.value.id);
  const backward = startSide(to.value.id);
  while (forward.depth + backward.depth < maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    const [side, other] = backward.frontier.length < forward.frontier.length ? [backward, forward] : [forward, backward];
    const meeting = await expand(store, side, other, known);
    if (meeting !== null) return pathThrough(store, meeting, forward, backward, known);
  }
  return null;
}

const isItem = (id: string) => fromGlobalId(id)?.type === "Item";
const NO_MEETING: ReadonlyMap<string, { via: string; link: GraphLink }> = new Map();

function startSide(start: string): SearchSide {
  return { start, reachedFrom: new Map([[start, null]]), frontier: [start], depth: 0 };
}

/**
 * Expands `side` by one level and answers the smallest node id both sides have now reached, or null.
 * First only the links from the frontier to nodes the other side has reached are read: when the sides meet, that
 * is all the level needs (the meeting node and its predecessor are among them), and a hub's thousands of other
 * links are never read. Only when they do not meet is the whole level read. Every link joins an item to an entity,
 * so the first read is skipped when the other side has reached nothing of the other kind than the frontier's (two
 * organizations' first level): it could find no link.
 */
async function expand(store: GraphStore, side: SearchSide, other: SearchSide, known: Map<string, GraphNode>): Promise<string | null> {
  const frontierIsItems = isItem(side.frontier[0] as string);
  const meetable = [...other.reachedFrom.keys()].filter((id) => isItem(id) !== frontierIsItems);
  let meetings = NO_MEETING;
  if (meetable.length > 0) {
    const { links, nodes } = await store.linksBetween(side.frontier, meetable);
    for (const node of nodes) known.set(node.value.id, node);
    meetings = nextLevel(side, other, links);
  }
  const next = meetings.size > 0 ? meetings : nextLevel(side, other, await store.links(side.frontier));
  for (const [id, step] of next) side.reachedFrom.set(id, step);
  side.frontier = [...next.keys()].sort(compareIds);
  side.depth += 1;
  return side.frontier.find((id) => other.reachedFrom.has(id)) ?? null;
}

/**
 * The nodes one level beyond `side`'s frontier over `links` (links touching it), each with the smallest-id
 * frontier node it is reached from. The graph is bipartite (items on one side), so every link has exactly one
 * end in the frontier.
 */
function nextLevel(side: SearchSide, other: SearchSide, links: readonly GraphLink[]): Map<string, { via: string; link: GraphLink }> {
  const frontier = new Set(side.frontier);
  const next = new Map<string, { via: string; link: GraphLink }>();
  for (const link of links) {
    const [near, far] = frontier.has(link.itemId) ? [link.itemId, link.targetId] : [link.targetId, link.itemId];
    if (!frontier.has(near) || side.reachedFrom.has(far)) continue;
    // Items and organizations carry chains; a theme or publisher is kept only as the other end.
    const passable = far === link.itemId || link.type === "MENTIONS";
    if (!passable && far !== other.start) continue;
    const known = next.get(far);
    if (known === undefined || compareIds(near, known.via) < 0) next.set(far, { via: near, link });
  }
  return next;
}

/**
 * The path from the forward start through `meeting` to the backward start, with the records of its nodes not
 * `known` yet fetched in one call (none for a chain of two links: its ends and its middle are known by then).
 */
async function pathThrough(
  store: GraphStore,
  meeting: string,
  forward: SearchSide,
  backward: SearchSide,
  known: ReadonlyMap<string, GraphNode>,
): Promise<ConnectionPath> {
  const walk = (side: SearchSide) => {
    const ids: string[] = [];
    const links: GraphLink[] = [];
    for (let step = side.reachedFrom.get(meeting); step; step = side.reachedFrom.get(step.via)) {
      ids.push(step.via);
      links.push(step.link);
    }
    return { ids, links };
  };
  const head = walk(forward);
  const tail = walk(backward);
  const ids = [...head.ids.reverse(), meeting, ...tail.ids];
  const links = [...head.links.reverse(), ...tail.links];
  const missing = ids.filter((id) => !known.has(id));
  const fetched = missing.length > 0 ? await store.nodes(missing) : [];
  const found = new Map(known);
  fetched.forEach((node, index) => node && found.set(missing[index] as string, node));
  const nodes = ids.map((id) => found.get(id) ?? null);
  return {
    length: links.length,
    nodes: nodes.map((node, index) => {
      if (node === null) throw new Error(`node ${ids[index]} of a connection disappeared`);
      return nodeModel(node);
    }),
    edges: links.map((link) => ({ type: link.type, source: link.itemId, target: link.targetId })),
  };
}
